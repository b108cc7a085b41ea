"""The inputs Estimate cost and Start processing share: the area of interest, the project, the model and its
options, and the imagery (a data provider at a zoom, an own tile/WMS URL, or own imagery by mosaic id).

Models, options, projects and providers are text parameters (a name or an id): parameters are defined when the
toolbox loads, before any sign-in, and a script or ``qgis_process`` must be able to name them. The text is matched
against the signed-in account by ``core.toolbox`` (case-insensitive, "Buildings" finds "🏠 Buildings"); what
does not match is an error listing what would.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Iterator, Optional, Tuple

from qgis.core import (QgsFeature, QgsFeatureRequest, QgsProcessingContext, QgsProcessingException,
                       QgsProcessingFeedback, QgsProcessingParameterAuthConfig, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterNumber,
                       QgsProcessingParameterString)

from ..integration.messages import tr
from .compat import INTEGER_NUMBER, POLYGON_SOURCE, SKIP_VALIDITY_CHECKS, advanced
from .connection import may_prompt

AOI = "AOI"
PROJECT = "PROJECT"
MODEL = "MODEL"
OPTIONS = "OPTIONS"
PROVIDER = "PROVIDER"
ZOOM = "ZOOM"
URL = "URL"
URL_TYPE = "URL_TYPE"
MOSAIC = "MOSAIC"
IMAGERY_AUTHCFG = "IMAGERY_AUTHCFG"
URL_TYPES = ("XYZ", "TMS", "QUADKEY", "WMS")
DEFAULT_MODEL = "Buildings"


def add_aoi_parameter(algorithm) -> None:
    algorithm.addParameter(QgsProcessingParameterFeatureSource(
        AOI, tr("Area of interest (polygon layer)"), [POLYGON_SOURCE]))


def add_choice_parameters(algorithm) -> None:
    """Project, model, options and imagery, in the order of the dialog."""
    algorithm.addParameter(QgsProcessingParameterString(
        PROJECT, tr("Project (name or id; empty: the default project)"), defaultValue="", optional=True))
    algorithm.addParameter(QgsProcessingParameterString(
        MODEL, tr("Model (name or id, e.g. Buildings, Forest, Roads, Construction sites)"),
        defaultValue=DEFAULT_MODEL))
    algorithm.addParameter(QgsProcessingParameterString(
        OPTIONS, tr("Model options (comma-separated, e.g. Classification, Heights)"), defaultValue="",
        optional=True))
    algorithm.addParameter(QgsProcessingParameterString(
        PROVIDER, tr("Imagery provider (name; empty: the account's first provider)"), defaultValue="",
        optional=True))
    algorithm.addParameter(QgsProcessingParameterNumber(
        ZOOM, tr("Zoom (0: the server chooses the model's zoom)"), INTEGER_NUMBER, defaultValue=0, minValue=0,
        maxValue=22))
    algorithm.addParameter(QgsProcessingParameterString(
        URL, tr("Imagery URL instead of a provider (tile or WMS URL)"), defaultValue="", optional=True))
    url_type = QgsProcessingParameterEnum(URL_TYPE, tr("Imagery URL type"), list(URL_TYPES), defaultValue="XYZ")
    url_type.setUsesStaticStrings(True)  # scripts and models say "TMS", not an index
    algorithm.addParameter(url_type)
    algorithm.addParameter(advanced(QgsProcessingParameterAuthConfig(
        IMAGERY_AUTHCFG, tr("Login for the imagery URL (authentication configuration)"), defaultValue="",
        optional=True)))
    algorithm.addParameter(advanced(QgsProcessingParameterString(
        MOSAIC, tr("My imagery: mosaic id (instead of a provider or URL)"), defaultValue="", optional=True)))


def choices_help() -> str:
    return tr("<b>Model</b> and <b>options</b> are given by name (any case; “Buildings” finds “🏠 Buildings”) or "
              "id; an unknown name fails with the list of what the account offers. <b>Imagery</b>: a data provider "
              "of your account at a zoom (0: the zoom the server chooses for the model), or your own tile service "
              "(URL with {x} {y} {z}, or {q} for Quadkey, or a WMS URL with LAYERS) whose login may come from an "
              "authentication configuration, or (advanced) a mosaic of your own imagery by id.")


@dataclass(frozen=True)
class Choices:
    project: str
    model: str
    options: str
    provider: str
    zoom: Optional[int]
    url: str
    url_type: str
    mosaic: str
    login: str = ""
    password: str = field(default="", repr=False)


def read_choices(algorithm, parameters: Dict[str, Any], context: QgsProcessingContext) -> Choices:
    """The parameters as text, and the login for an imagery URL (from IMAGERY_AUTHCFG, else the one the panel
    stored for that URL). Call it while preparing: the login is read from the authentication database."""
    url = algorithm.parameterAsString(parameters, URL, context).strip()
    url_type = algorithm.parameterAsEnumString(parameters, URL_TYPE, context) or "XYZ"
    zoom = algorithm.parameterAsInt(parameters, ZOOM, context)
    login, password = _imagery_login(url, algorithm.parameterAsString(parameters, IMAGERY_AUTHCFG, context))
    return Choices(
        project=algorithm.parameterAsString(parameters, PROJECT, context).strip(),
        model=algorithm.parameterAsString(parameters, MODEL, context).strip(),
        options=algorithm.parameterAsString(parameters, OPTIONS, context).strip(),
        provider=algorithm.parameterAsString(parameters, PROVIDER, context).strip(),
        zoom=zoom if zoom > 0 else None, url=url, url_type=url_type.upper(),
        mosaic=algorithm.parameterAsString(parameters, MOSAIC, context).strip(), login=login, password=password)


def _imagery_login(url: str, authcfg: str) -> Tuple[str, str]:
    if not url:
        return "", ""
    from ..integration.auth import AuthError, SecretStore
    from ..integration.settings_store import SettingsStore

    secrets = SecretStore(SettingsStore(), interactive=may_prompt())
    try:
        if authcfg.strip():
            login = secrets.load_login_from_config(authcfg)
        else:
            login = secrets.load_imagery_login(url) if secrets.imagery_config_id(url) else None
    except AuthError as error:
        raise QgsProcessingException(str(error)) from None
    return (login.login, login.password) if login is not None else ("", "")


@dataclass(frozen=True)
class Resolved:
    """The choices matched against the signed-in account."""

    project: Any  # api Project
    model: Any  # core.processing_plan.ModelPick
    source: Any  # core.processing_plan.SourcePick


def resolve(outcome, choices: Choices) -> Resolved:
    """Project, model with options, and imagery of the account; raises ``core.toolbox.ChoiceError``."""
    from ..core.choices import SourceChoice, SourceKind
    from ..core.processing_plan import ModelPick
    from ..core.source_choice import pick_source
    from ..core.toolbox import ChoiceError, find_data_provider, find_model, find_project, parse_blocks

    project = find_project(outcome.projects, choices.project, outcome.project)
    models = tuple(project.workflow_defs) or tuple(outcome.user_status.models)
    model = find_model(models, choices.model)
    pick = ModelPick(model, parse_blocks(model, choices.options))
    providers = tuple(outcome.user_status.data_providers)
    if choices.url:
        choice = SourceChoice(SourceKind.URL, zoom=choices.zoom, url=choices.url, url_type=choices.url_type,
                              login=choices.login, password=choices.password)
    elif choices.mosaic:
        choice = SourceChoice(SourceKind.MY_IMAGERY, mosaic_id=choices.mosaic)
    else:
        provider = find_data_provider(providers, choices.provider)
        choice = SourceChoice(SourceKind.PROVIDER, provider_name=provider.name, zoom=choices.zoom)
    source = pick_source(choice, providers, server_zoom=True)
    if source.problem:
        raise ChoiceError(source.problem)
    return Resolved(project, pick, source)


# --- the area of interest -----------------------------------------------------------------------------------------
def aoi_source(algorithm, parameters: Dict[str, Any], context: QgsProcessingContext):
    source = algorithm.parameterAsSource(parameters, AOI, context)
    if source is None:
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, AOI))
    return source


def aoi_name(algorithm, parameters: Dict[str, Any], context: QgsProcessingContext) -> str:
    layer = algorithm.parameterAsVectorLayer(parameters, AOI, context)
    return layer.name() if layer is not None else ""


def whole_aoi(source, name: str, context: QgsProcessingContext, feedback: QgsProcessingFeedback):
    """Every feature of ``source`` (the selected ones when the dialog says so) as one AOI: ``AoiSelection``.
    Invalid geometries are repaired by the AOI pipeline, as in the panel (see :func:`features`)."""
    from ..layers.aoi import input_from_geometries

    request = QgsFeatureRequest().setNoAttributes()
    geometries = (feature.geometry() for feature in source.getFeatures(request, SKIP_VALIDITY_CHECKS))
    return _build(input_from_geometries(geometries, source.sourceCrs(), context.transformContext(), name), feedback)


def feature_aoi(feature: QgsFeature, source, name: str, context: QgsProcessingContext,
                feedback: QgsProcessingFeedback):
    """One feature as an AOI (its parts, reprojected and repaired like any AOI)."""
    from ..layers.aoi import input_from_geometries

    return _build(input_from_geometries([feature.geometry()], source.sourceCrs(), context.transformContext(), name),
                  feedback)


def _build(aoi_input, feedback: QgsProcessingFeedback):
    from ..layers.aoi import build_aoi
    from ..layers.aoi_geometry import AoiBuildCancelled

    try:
        return build_aoi(aoi_input, feedback.isCanceled)
    except AoiBuildCancelled:
        raise QgsProcessingException(tr("Cancelled.")) from None


def features(source, feedback: QgsProcessingFeedback) -> Iterator[QgsFeature]:
    """The features one by one, invalid geometries included: the AOI pipeline repairs them (with a warning), as
    the panel does, instead of Processing's invalid-geometry check stopping the run."""
    for feature in source.getFeatures(QgsFeatureRequest(), SKIP_VALIDITY_CHECKS):
        if feedback.isCanceled():
            return
        yield feature


def describe_aoi(selection) -> str:
    from ..core.formatting import format_km2

    return tr("{parts} polygon(s), {area}").format(parts=len(selection.parts),
                                                   area=format_km2(selection.total_area_km2))


def plan_for(outcome, resolved: Resolved, selection, name: str = ""):
    """``core.toolbox.priced_plan`` for this AOI: reasons, request and the server's price. Blocking."""
    from ..core.toolbox import priced_plan
    from ..integration.environment import plugin_version

    return priced_plan(outcome.client, model=resolved.model,
                       aoi_geojson=selection.to_geojson() if selection.usable else None,
                       aoi_summary=selection.summary(), source=resolved.source, user_status=outcome.user_status,
                       project=resolved.project, email=outcome.email, name=name, plugin_version=plugin_version())
