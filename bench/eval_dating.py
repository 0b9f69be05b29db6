"""How often the suggested year of a year-less article is right, on articles whose year is known.

    .venv/bin/python bench/eval_dating.py       # fixtures/raw and fixtures/dating_eval/{tuned,heldout}
    .venv/bin/python bench/eval_dating.py -v    # … plus every article's suggestion and evidence

Each folder is imported with its manifest's years into a throw-away database; then, one
article at a time, its year is hidden and `curation.year_suggestion` asked for it (its own
year is never seen: neighbours and speakers' years exclude the article itself).
"""
import argparse
import io
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# tuned: written with the rules in view; heldout: written afterwards and measured once, untouched.
FOLDERS = [ROOT / "fixtures" / "raw", ROOT / "fixtures" / "dating_eval" / "tuned",
           ROOT / "fixtures" / "dating_eval" / "heldout"]


def evaluate(folder: Path, verbose: bool) -> None:
    from django.core.management import call_command

    from articles.curation import year_suggestion
    from articles.models import Article

    Article.objects.all().delete()
    call_command("import_articles", str(folder), stdout=io.StringIO())
    total = suggested = right = 0
    for article in Article.objects.order_by("pk"):
        truth, article.year = article.year, None
        suggestion = year_suggestion(article)
        total += 1
        if suggestion is not None and suggestion.reliable:
            suggested += 1
            right += suggestion.year == truth
        if verbose:
            shown = suggestion.year if suggestion else None
            print(f"  {article.raw_name}: vraie {truth}, suggérée {shown}, candidates {suggestion.candidates[:3]}")
            for line in suggestion.evidence:
                print(f"      - {line}")
    print(f"{folder.relative_to(ROOT)}: {total} articles, suggestion for {suggested} "
          f"({suggested / total:.0%}), right {right}/{suggested} when suggested "
          f"({right / suggested if suggested else 0:.0%}), right overall {right}/{total} ({right / total:.0%}); "
          f"wrong suggestions: {suggested - right}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        os.environ["NEWSARCHIVE_DATA_DIR"] = data_dir
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")
        import django
        from django.core.management import call_command

        django.setup()
        call_command("migrate", verbosity=0)
        for folder in FOLDERS:
            evaluate(folder, args.verbose)


if __name__ == "__main__":
    main()
