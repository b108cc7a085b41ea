"""Processing enum values whose home moved into ``Qgis`` in QGIS 3.36 (and WkbType in 3.30), resolved once."""
from __future__ import annotations

from qgis.core import Qgis

if Qgis.QGIS_VERSION_INT >= 33600:
    POLYGON_SOURCE = Qgis.ProcessingSourceType.VectorPolygon
    TABLE_SOURCE = Qgis.ProcessingSourceType.Vector
    ADVANCED = Qgis.ProcessingParameterFlag.Advanced
    INTEGER_NUMBER = Qgis.ProcessingNumberParameterType.Integer
    DOUBLE_NUMBER = Qgis.ProcessingNumberParameterType.Double
    SKIP_VALIDITY_CHECKS = Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks
else:
    from qgis.core import (QgsProcessing, QgsProcessingFeatureSource, QgsProcessingParameterDefinition,
                           QgsProcessingParameterNumber)

    POLYGON_SOURCE = QgsProcessing.SourceType.TypeVectorPolygon
    TABLE_SOURCE = QgsProcessing.SourceType.TypeVector
    ADVANCED = QgsProcessingParameterDefinition.Flag.FlagAdvanced
    INTEGER_NUMBER = QgsProcessingParameterNumber.Type.Integer
    DOUBLE_NUMBER = QgsProcessingParameterNumber.Type.Double
    SKIP_VALIDITY_CHECKS = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks

if Qgis.QGIS_VERSION_INT >= 33000:
    NO_GEOMETRY = Qgis.WkbType.NoGeometry
else:
    from qgis.core import QgsWkbTypes

    NO_GEOMETRY = QgsWkbTypes.Type.NoGeometry


def advanced(parameter):
    """``parameter`` shown under "Advanced Parameters" of the dialog."""
    parameter.setFlags(parameter.flags() | ADVANCED)
    return parameter
