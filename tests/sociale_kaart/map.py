"""Read the map's places as an open-data user does: the GeoJSON of every place
(the same places as the map's tiles), then the offers per place as the
popups load them."""


def services_on_the_map(client, params: dict) -> list[str]:
    """Names of the offers the map's popups list for ``params``, by place."""
    features = client.get("/sociale-kaart/kaart.geojson", params).json()["features"]
    ids = [f["id"] for f in features if f["properties"]["service_count"]]
    if not ids:
        return []
    found = client.get("/sociale-kaart/kaart/aanbod.json", {**params, "plek": ids})
    return [s["name"] for pk in ids for s in found.json()[str(pk)]]
