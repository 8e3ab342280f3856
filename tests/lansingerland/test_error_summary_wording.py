"""The error summary names a field without the label's own full stop or colon:
"Ik ga akkoord met de privacyverklaring: U moet…", never "…privacyverklaring.:
U moet…"; a field may give a short name for the summary."""

from django import forms

from lansingerland.templatetags.error_summary import error_summary_items


class ConsentForm(forms.Form):
    consent = forms.BooleanField(label="Ik ga akkoord met de privacyverklaring.")
    name = forms.CharField(label="Naam:")
    message = forms.CharField(label="Uw bericht")


def test_summary_lines_have_no_stray_full_stop_or_colon():
    form = ConsentForm(data={})
    form.is_valid()
    texts = [item.text for item in error_summary_items(form)]
    assert texts[0].startswith("Ik ga akkoord met de privacyverklaring: ")
    assert texts[1].startswith("Naam: ")
    assert texts[2].startswith("Uw bericht: ")
    assert not any(".:" in text or "::" in text for text in texts)


def test_a_field_may_give_a_short_name_for_the_summary():
    form = ConsentForm(data={})
    form.fields["consent"].summary_label = "Privacyverklaring"
    form.is_valid()
    assert error_summary_items(form)[0].text.startswith("Privacyverklaring: ")
