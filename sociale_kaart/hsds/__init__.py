"""HSDS 3.0 open data of the sociale kaart: serialisers, lists and the API."""
