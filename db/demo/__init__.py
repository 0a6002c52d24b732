"""The hand-checked demo desk.

``desk.json`` holds sources, actors, incidents, quotes and claims recorded by hand from the
two seed reports stored beside it (``seed_2021_ain_al_asad.txt`` and
``seed_2022_soleimani_anniversary.txt``, byte-identical copies of ``shared/seeds``). Quote
offsets are Python ``str`` indices into each text read with
``open(path, encoding="utf-8", newline="")``. ``tests/test_demo_data.py`` checks the data.
"""
