"""Speakers: merge (the curator picks who survives), split, and undo a merge."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.timezone import localtime

from .. import curation
from ..models import Quote, Speaker, SpeakerMerge
from .common import action_page, record


class MergedFilter(admin.SimpleListFilter):
    """Merged-away records are hidden unless asked for: they only redirect."""

    title = "état"
    parameter_name = "etat"

    def lookups(self, request, model_admin):
        return [("actifs", "actifs"), ("fusionnes", "fusionnés dans un autre"), ("tous", "tous")]

    def choices(self, changelist):
        current = self.value() or "actifs"
        for value, label in self.lookup_choices:
            yield {"selected": current == value, "display": label,
                   "query_string": changelist.get_query_string({self.parameter_name: value})}

    def queryset(self, request, queryset):
        value = self.value() or "actifs"
        if value == "actifs":
            return queryset.filter(merged_into__isnull=True)
        if value == "fusionnes":
            return queryset.filter(merged_into__isnull=False)
        return queryset


class MergeForm(forms.Form):
    survivor = forms.ModelChoiceField(label="Fiche conservée", queryset=Speaker.objects.none(),
                                      widget=forms.RadioSelect, empty_label=None)

    def __init__(self, *args, speakers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["survivor"].queryset = speakers
        self.fields["survivor"].label_from_instance = lambda s: f"{s.name} ({s.quote_count} citation(s))"


class SplitForm(forms.Form):
    quotes = forms.ModelMultipleChoiceField(label="Citations à déplacer", required=False,
                                            queryset=Quote.objects.none(), widget=forms.CheckboxSelectMultiple)
    aliases = forms.MultipleChoiceField(label="Alias à déplacer", required=False,
                                        widget=forms.CheckboxSelectMultiple)
    target = forms.ModelChoiceField(
        label="Vers une fiche existante (une fiche fusionnée autrefois redevient indépendante)",
        required=False, queryset=Speaker.objects.all(),
        widget=AutocompleteSelect(Quote._meta.get_field("speaker"), admin.site),
    )
    new_name = forms.CharField(label="… ou vers une nouvelle personne", required=False, max_length=200)

    def __init__(self, *args, speaker, **kwargs):
        super().__init__(*args, **kwargs)
        self.speaker = speaker
        self.fields["quotes"].queryset = speaker.quotes.select_related("article")
        self.fields["quotes"].label_from_instance = lambda q: f"{q.article.date_label} — « {_cut(q.text)} »"
        self.fields["aliases"].choices = [(name, f"{name} ({n} article(s))")
                                          for name, n in sorted((speaker.aliases or {}).items())]

    def clean(self):
        data = super().clean()
        if not data.get("quotes") and not data.get("aliases"):
            raise forms.ValidationError("Choisissez au moins une citation ou un alias à déplacer.")
        target, name = data.get("target"), (data.get("new_name") or "").strip()
        if bool(target) == bool(name):
            raise forms.ValidationError("Choisissez une fiche existante, ou donnez le nom d'une nouvelle personne.")
        if target is not None and target.pk == self.speaker.pk:
            raise forms.ValidationError("La fiche de destination doit être une autre fiche.")
        return data


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "quote_count", "article_count", "alias_line", "merged_into"]
    list_filter = [MergedFilter, "kind"]
    search_fields = ["name", "search_key"]
    readonly_fields = ["alias_list", "merged_into", "quote_count", "article_count", "merges"]
    fields = ["name", "slug", "kind", "gender", "name_locked", "alias_list", "quote_count", "article_count",
              "merged_into", "merges"]
    actions = ["merge_selected"]

    def get_urls(self):
        return [
            path("<int:pk>/separer/", self.admin_site.admin_view(self.split_view), name="articles_speaker_split"),
            path("<int:pk>/annuler-fusion/<int:merge_pk>/", self.admin_site.admin_view(self.undo_merge_view),
                 name="articles_speaker_undo_merge"),
            *super().get_urls(),
        ]

    @admin.display(description="alias")
    def alias_line(self, speaker):
        """One line in the list: 'M. Lavrov (2), Sergueï Lavrov (2)'."""
        return ", ".join(f"{name} ({n})" for name, n in sorted((speaker.aliases or {}).items())) or "—"

    @admin.display(description="alias (nombre d'articles)")
    def alias_list(self, speaker):
        names = sorted((speaker.aliases or {}).items())
        if not names:
            return "—"
        return format_html("<ul class=\"alias-list\">{}</ul>", format_html_join(
            "", "<li>{} <small>({})</small></li>", names))

    @admin.display(description="fusions reçues")
    def merges(self, speaker):
        done = speaker.merges_received.select_related("merged")
        if not done:
            return "—"
        rows = []
        for merge in done:
            when = f"fusionné le {localtime(merge.created):%d/%m/%Y}"
            if merge.undone:
                rows.append(format_html("<li>{} — {}, séparé le {}</li>", merge.merged.name, when,
                                        f"{localtime(merge.undone):%d/%m/%Y}"))
            else:
                url = reverse("admin:articles_speaker_undo_merge", args=[speaker.pk, merge.pk])
                rows.append(format_html("<li>{} — {} : <a href=\"{}\">annuler la fusion</a></li>",
                                        merge.merged.name, when, url))
        return format_html("<ul>{}</ul>", format_html_join("", "{}", ((r,) for r in rows)))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {**(extra_context or {}),
                         "split_url": reverse("admin:articles_speaker_split", args=[object_id])}
        return super().change_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        if change and "name" in form.changed_data:
            obj.name_locked = True  # the curator's spelling wins over the automatic one
        super().save_model(request, obj, form, change)

    @admin.action(description="Fusionner les personnes citées sélectionnées…", permissions=["change"])
    def merge_selected(self, request, queryset):
        speakers = queryset.filter(merged_into__isnull=True).order_by("-quote_count", "pk")
        if speakers.count() < 2:
            self.message_user(request, "Choisissez au moins deux fiches actives à fusionner.", messages.WARNING)
            return None
        form = MergeForm(request.POST if "apply" in request.POST else None, speakers=speakers,
                         initial={"survivor": speakers.first()})
        if not form.is_valid():
            return action_page(self, request, queryset, "admin/articles/speaker/merge.html",
                               "Fusionner des fiches", form=form, speakers=speakers)
        target = form.cleaned_data["survivor"]
        others = [s for s in speakers if s.pk != target.pk]
        names = ", ".join(f"« {s.name} »" for s in others)
        curation.merge_speakers(target, others)
        target.refresh_from_db()
        record(self, request, target, f"Fusion : {names} fusionnée(s) dans cette fiche")
        for other in others:
            record(self, request, other, f"Fusionné dans « {target.name} »")
        self.message_user(request, f"{len(others)} fiche(s) fusionnée(s) dans « {target.name} ».")
        return None

    def undo_merge_view(self, request, pk, merge_pk):
        speaker = get_object_or_404(Speaker, pk=pk)
        merge = get_object_or_404(SpeakerMerge, pk=merge_pk, target=speaker, undone__isnull=True)
        if not self.has_change_permission(request, speaker):
            raise PermissionDenied
        if request.method == "POST":
            merged = curation.undo_merge(merge)
            record(self, request, speaker, f"Fusion annulée : « {merged.name} » séparé de cette fiche")
            record(self, request, merged, f"Séparé de « {speaker.name} » (fusion annulée)")
            self.message_user(request, f"« {merged.name} » est de nouveau une fiche à part, avec ses citations.")
            return redirect("admin:articles_speaker_change", speaker.pk)
        return TemplateResponse(request, "admin/articles/speaker/undo_merge.html", {
            **self.admin_site.each_context(request), "opts": self.model._meta, "title": "Annuler une fusion",
            "speaker": speaker, "merge": merge, "quote_count": len(merge.quotes),
            "aliases": sorted(merge.aliases),
        })

    def split_view(self, request, pk):
        speaker = get_object_or_404(Speaker, pk=pk)
        if not self.has_change_permission(request, speaker):
            raise PermissionDenied
        form = SplitForm(request.POST or None, speaker=speaker)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            if data["target"] is None and not self.has_add_permission(request):
                raise PermissionDenied
            target = curation.split_speaker(speaker, list(data["quotes"]), data["aliases"],
                                            target=data["target"], new_name=data["new_name"])
            if data["target"] is None:
                self.log_addition(request, target, f"Créé en séparant « {speaker.name} »")
            what = f"{len(data['quotes'])} citation(s) et {len(data['aliases'])} alias"
            record(self, request, speaker, f"Séparation : {what} vers « {target.name} »")
            record(self, request, target, f"Séparation : {what} reçus de « {speaker.name} »")
            self.message_user(request, f"{what} déplacés vers « {target.name} ».")
            return redirect("admin:articles_speaker_change", speaker.pk)
        return TemplateResponse(request, "admin/articles/speaker/split.html", {
            **self.admin_site.each_context(request), "opts": self.model._meta,
            "title": f"Séparer « {speaker.name} »", "speaker": speaker, "form": form,
            "media": self.media + form.media,
        })


def _cut(text: str, limit: int = 160) -> str:
    """The quote's start, cut at a word boundary with "…" when longer than `limit`."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"
