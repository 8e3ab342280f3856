"""Run axe-core inside a page and describe its findings readably."""

from playwright.sync_api import Page

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page: Page, axe_source: str) -> list[dict]:
    """WCAG 2.0/2.1 A and AA violations (any impact) of the page as it is now.

    axe is injected by evaluating its source: a ``<script>`` tag would be
    blocked by the Content Security Policy.
    """
    page.evaluate(axe_source)
    return page.evaluate(
        """async (tags) => {
            const results = await axe.run(document, {
                runOnly: {type: "tag", values: tags},
                resultTypes: ["violations"],
            });
            return results.violations.map((v) => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map((n) => ({
                    target: n.target.join(" "),
                    summary: (n.failureSummary || "").split("\\n")
                        .slice(0, 2).join(" "),
                })),
            }));
        }""",
        WCAG_TAGS,
    )


def describe(violations: list[dict]) -> str:
    """One line per rule and per offending element, for the failure message."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        lines.extend(
            f"    {node['target']} — {node['summary']}" for node in violation["nodes"]
        )
    return "\n".join(lines)
