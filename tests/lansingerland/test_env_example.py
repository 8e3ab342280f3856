"""Every setting read from the environment is documented for operators."""

import re

from django.conf import settings


def test_env_example_and_deployment_guide_list_every_variable():
    source = (settings.BASE_DIR / "lansingerland" / "settings.py").read_text()
    variables = set(re.findall(r'env(?:\.\w+)?\(\s*"([A-Z_]+)"', source))
    assert {"SECRET_KEY", "DATABASE_URL", "SECURITY_CONTACT"} <= variables
    example = (settings.BASE_DIR / ".env.example").read_text()
    guide = (settings.BASE_DIR / "docs" / "deployment.md").read_text()
    assert sorted(v for v in variables if v not in example) == []
    assert sorted(v for v in variables if f"`{v}`" not in guide) == []
