"""Every URL of the URL conf, with its path converters filled from a small
fixture set (a new URL joins the gate by existing)."""

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver

_PARAM = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")


@dataclass(frozen=True)
class Route:
    pattern: str
    name: str

    @property
    def params(self) -> list[tuple[str, str]]:
        return [
            (m["converter"] or "str", m["name"]) for m in _PARAM.finditer(self.pattern)
        ]

    def url(self, values: dict[str, str]) -> str:
        return "/" + _PARAM.sub(lambda m: str(values[m["name"]]), self.pattern)


def routes() -> list[Route]:
    def walk(patterns, prefix="", namespace=""):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                inner = namespace
                if entry.namespace:
                    inner = f"{namespace}:{entry.namespace}".strip(":")
                yield from walk(entry.url_patterns, prefix + str(entry.pattern), inner)
            elif isinstance(entry, URLPattern):
                pattern = prefix + str(entry.pattern)
                if pattern.startswith("^") or "(?P<" in pattern:
                    # Regex routes (the admin's app index, media): a plain
                    # stand-in is filled below.
                    pattern = _plain(pattern)
                    if pattern is None:
                        continue
                name = f"{namespace}:{entry.name}".strip(":") if entry.name else ""
                yield Route(pattern, name)

    return list(walk(get_resolver().url_patterns))


def _plain(pattern: str) -> str | None:
    text = pattern.lstrip("^").rstrip("$")
    text = re.sub(r"\(\?P<(\w+)>[^)]*\)", r"<str:\1>", text)
    return None if re.search(r"[()\[\]*+?\\]", text) else text


def admin_model(route: Route):
    """The model of an admin URL named ``admin:<app>_<model>_<view>``."""
    match = re.fullmatch(r"admin:(\w+?)_(\w+)_(\w+)", route.name)
    if not match:
        return None
    for model in apps.get_models():
        label = f"{model._meta.app_label}_{model._meta.model_name}"
        if match.group(0).startswith(f"admin:{label}_"):
            return model
    return None


class FormFinder(HTMLParser):
    """The forms on a page: method, action and the names of their fields."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append(
                {
                    "method": (attrs.get("method") or "get").lower(),
                    "action": attrs.get("action") or "",
                    "fields": [],
                }
            )
        elif tag in {"input", "select", "textarea", "button"} and self.forms:
            name = attrs.get("name")
            if name and name != "csrfmiddlewaretoken":
                fields = self.forms[-1]["fields"]
                if name not in fields:
                    fields.append(name)


def forms_on(html: str) -> list[dict]:
    finder = FormFinder()
    finder.feed(html)
    return finder.forms
