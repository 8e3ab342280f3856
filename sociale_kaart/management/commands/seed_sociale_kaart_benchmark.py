"""Fill a benchmark database with a large invented sociale kaart.

2,000 organisations, 5,000 locations and 10,000 offers (with themes, target
groups, two weekly periods each and some closures), or with ``--scale N`` as
many as makes the sociale kaart N times a realistic size (``REAL_SIZE``: 21
organisations, 53 locations, 105 offers), counting what is already there.
All invented and marked: names start with ``[benchmark]``, slugs with
``bench-``, source keys with ``benchmark:``; themes and target groups of their
own, so the command works on a database that already holds the real data.
Points lie inside Lansingerland (WGS84). Refuses to run unless the database
name ends in ``_benchmark`` or ``--allow-this-database`` is given; ``--delete``
removes the marked records again.
"""

import datetime
import random

from django.conf import settings
from django.contrib.gis.geos import Point
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from lansingerland.constants import Kern
from sociale_kaart.models import (
    Location,
    Organization,
    Service,
    ServiceClosure,
    ServiceSchedule,
    TargetGroup,
    Theme,
)

WORDS = [
    "koffieochtend",
    "wandelgroep",
    "soos",
    "inloop",
    "maaltijd",
    "café",
    "buurthuis",
    "repair",
    "taalcafé",
    "breiclub",
    "zangkoor",
    "biljart",
    "tuinieren",
    "lezen",
    "computerhulp",
    "bewegen",
]
THEMES = ["ontmoeting", "bewegen", "eten", "hulp", "cultuur", "digitaal"]
GROUPS = ["ouderen", "jongeren", "mantelzorgers", "nieuwkomers", "iedereen"]
#: A realistic sociale kaart for Lansingerland (the 21 partners of the real
#: data, with their locations and offers): organisations, locations, offers.
REAL_SIZE = (21, 53, 105)


class Command(BaseCommand):
    help = "Seed 2,000 organisations, 5,000 locations, 10,000 offers (benchmark)."

    def add_arguments(self, parser):
        parser.add_argument("--organizations", type=int, default=2000)
        parser.add_argument("--locations", type=int, default=5000)
        parser.add_argument("--services", type=int, default=10000)
        parser.add_argument(
            "--scale",
            type=float,
            help="make the data this many times the real data (overrides counts)",
        )
        parser.add_argument("--allow-this-database", action="store_true")
        parser.add_argument("--delete", action="store_true")

    def handle(self, *args, **options):
        name = settings.DATABASES["default"]["NAME"]
        if not (name.endswith("_benchmark") or options["allow_this_database"]):
            raise CommandError(
                f"Database {name!r} does not end in _benchmark; use a separate "
                "database or pass --allow-this-database."
            )
        with transaction.atomic():
            deleted, _ = Organization.objects.filter(
                source_key__startswith="benchmark:"
            ).delete()
            if options["delete"]:
                self.stdout.write(f"Deleted {deleted} benchmark records.")
                return
            if options["scale"] is not None:
                present = (
                    Organization.objects.count(),
                    Location.objects.count(),
                    Service.objects.count(),
                )
                for key, size, there in zip(
                    ("organizations", "locations", "services"),
                    REAL_SIZE,
                    present,
                    strict=True,
                ):
                    options[key] = max(1, round(size * options["scale"]) - there)
            self._seed(options, random.Random(5))  # noqa: S311 (invented data)
        # Planner statistics for the new size at once, as autovacuum gives a
        # live database soon after a bulk change; without them the first
        # ("cold") requests of a benchmark are planned for the old size.
        tables = connection.introspection.table_names()
        with connection.cursor() as cursor:
            for table in tables:
                if table.startswith("sociale_kaart_"):
                    cursor.execute(f'ANALYZE "{table}"')

    def _seed(self, options, rng):
        themes = [
            Theme.objects.get_or_create(
                slug=f"bench-{n}", defaults={"name": f"[benchmark] {n}"}
            )[0]
            for n in THEMES
        ]
        groups = [
            TargetGroup.objects.get_or_create(
                slug=f"bench-{n}", defaults={"name": f"[benchmark] {n}"}
            )[0]
            for n in GROUPS
        ]
        orgs = Organization.objects.bulk_create(
            Organization(
                name=f"[benchmark] Stichting {rng.choice(WORDS).title()} {i}",
                slug=f"bench-org-{i}",
                description=f"Verzonnen organisatie {i} voor de meting.",
                source_key=f"benchmark:{i}",
                phone="010 000 00 00",
            )
            for i in range(options["organizations"])
        )
        kernen = list(Kern)
        locations = Location.objects.bulk_create(
            Location(
                organization=orgs[i % len(orgs)],
                name=f"Plek {i}",
                street="Benchmarkstraat",
                house_number=i % 300 + 1,
                postcode="2665 AB",
                place="Bleiswijk",
                kern=kernen[i % 3],
                point=Point(
                    rng.uniform(4.44, 4.59), rng.uniform(51.96, 52.04), srid=4326
                ),
                wheelchair_accessible=i % 2 == 0,
            )
            for i in range(options["locations"])
        )
        by_org: dict[int, list[Location]] = {}
        for location in locations:
            by_org.setdefault(location.organization_id, []).append(location)
        services = Service.objects.bulk_create(
            Service(
                organization=orgs[i % len(orgs)],
                name=f"[benchmark] {rng.choice(WORDS).title()} {i}",
                slug=f"bench-service-{i}",
                description=f"Verzonnen aanbod {i}: {' '.join(rng.sample(WORDS, 4))}.",
                is_free=i % 3 == 0,
                min_age=55 if i % 4 == 0 else None,
                how_to_join="Loop binnen.",
            )
            for i in range(options["services"])
        )
        ServiceSchedule.objects.bulk_create(
            ServiceSchedule(
                service=s,
                weekday=i % 7 + 1,
                opens_at=datetime.time(9 + j * 4, 30 * j),
                closes_at=datetime.time(12 + j * 4, 0),
            )
            for i, s in enumerate(services)
            for j in (0, 1)
        )
        today = datetime.date.today()
        ServiceClosure.objects.bulk_create(
            ServiceClosure(
                service=s,
                start_date=today + datetime.timedelta(days=i % 60),
                end_date=today + datetime.timedelta(days=i % 60 + 7),
                reason="zomerstop",
            )
            for i, s in enumerate(services)
            if i % 5 == 0
        )
        Service.locations.through.objects.bulk_create(
            Service.locations.through(
                service=s, location=rng.choice(by_org[s.organization_id])
            )
            for s in services
        )
        Service.themes.through.objects.bulk_create(
            Service.themes.through(service=s, theme=themes[i % len(themes)])
            for i, s in enumerate(services)
        )
        Service.target_groups.through.objects.bulk_create(
            Service.target_groups.through(
                service=s, targetgroup=groups[i % len(groups)]
            )
            for i, s in enumerate(services)
        )
        Organization.themes.through.objects.bulk_create(
            Organization.themes.through(organization=o, theme=themes[i % len(themes)])
            for i, o in enumerate(orgs)
        )
        self.stdout.write(
            f"Seeded {len(orgs)} organisations, {len(locations)} locations, "
            f"{len(services)} services."
        )
