"""Every CSV export, written for Dutch Excel and safe against formula injection.

One place for all exports (reports' figures and any later one): a UTF-8 file
with a byte-order mark (so Excel reads accents), ``;`` between cells (the list
separator of Excel in a Dutch locale, where ``,`` is the decimal sign) and
CRLF line ends. Cells are written by ``excel_cell``:

- whole numbers as digits (``-3``), other numbers with a decimal comma
  (``2,5``), never neutralised: they are numbers, not text;
- dates as ``dd-mm-jjjj`` and date-times as ``dd-mm-jjjj hh:mm`` in local
  time (Europe/Amsterdam), which Dutch Excel turns into dates;
- ``True``/``False`` as ``ja``/``nee``, ``None`` as an empty cell;
- text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
  return gets a leading apostrophe, so Excel shows it and never runs it as a
  formula (OWASP "CSV injection"); a phone number such as ``+31 6 1234 5678``
  stays readable as ``'+31 6 1234 5678``.
"""

import csv
import datetime as dt
from decimal import Decimal

from django.http import HttpResponse
from django.utils import timezone

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DELIMITER = ";"


def excel_cell(value) -> str:
    """``value`` as the text of one cell for Dutch Excel (see the module)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        text = format(value, "f") if isinstance(value, Decimal) else repr(value)
        return text.replace(".", ",")
    if isinstance(value, dt.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def csv_response(filename: str) -> tuple[HttpResponse, "csv._writer"]:
    """An attachment response named ``filename`` with its BOM written, and a
    writer whose rows go through ``excel_cell``."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    return response, ExcelWriter(response)


class ExcelWriter:
    """``csv.writer`` for Dutch Excel; ``writerow`` takes Python values."""

    def __init__(self, stream):
        self._writer = csv.writer(stream, delimiter=DELIMITER, lineterminator="\r\n")

    def writerow(self, values) -> None:
        """Write one row; each value converted by ``excel_cell``."""
        self._writer.writerow([excel_cell(value) for value in values])
