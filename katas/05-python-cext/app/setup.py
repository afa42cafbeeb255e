"""Builds _tally, the C half of the tally service: python3 setup.py build_ext --inplace"""

from setuptools import Extension, setup

setup(
    name="tally",
    version="1.0",
    py_modules=["server"],
    ext_modules=[Extension("_tally", sources=["tally.c"])],
)
