"""`{{ url|http_url }}`: the URL when it is http(s), else '' (so `{% if %}` drops the link)."""

from django import template

from ..links import safe_url

register = template.Library()
register.filter("http_url", safe_url)
