"""Benchmark-only middleware: how long the app took and how many queries it ran.

Adds ``Server-Timing: app;dur=<ms>;desc="<n> queries"`` to every answer
(milliseconds of wall time inside Django below this middleware, SQL queries
counted with ``connection.execute_wrapper``). Only ``benchmarks.settings``
installs it, first in the chain.
"""

import time

from django.db import connection


class ServerTimingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        queries = 0

        def count(execute, sql, params, many, context):
            nonlocal queries
            queries += 1
            return execute(sql, params, many, context)

        start = time.perf_counter()
        with connection.execute_wrapper(count):
            response = self.get_response(request)
        elapsed = (time.perf_counter() - start) * 1000
        response["Server-Timing"] = f'app;dur={elapsed:.1f};desc="{queries} queries"'
        return response
