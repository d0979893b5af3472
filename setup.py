"""Maps the top-level resources/ folder into the installed package as community_desk.resources."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["community_desk*"]), "community_desk.resources"],
    package_dir={"community_desk.resources": "resources"},
)
