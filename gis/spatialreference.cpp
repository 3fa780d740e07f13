#include "gis/spatialreference.h"

#include "core/diagnostic.h"

#include <QCoreApplication>

#include <cpl_conv.h>

#include <cstdlib>

namespace madoguchi::gis {

namespace {

// Messages are looked up in the "SpatialReferenceText" context of the translations.
struct SpatialReferenceText
{
    Q_DECLARE_TR_FUNCTIONS(SpatialReferenceText)
};

QString authorityCode(OGRSpatialReferenceH srs)
{
    const char *authority = OSRGetAuthorityName(srs, nullptr);
    const char *code = OSRGetAuthorityCode(srs, nullptr);
    if (authority && code)
        return QStringLiteral("%1:%2").arg(QString::fromUtf8(authority), QString::fromUtf8(code));
    return {};
}

OgrSpatialReferencePtr fromKnownText(const char *text)
{
    OgrSpatialReferencePtr srs(OSRNewSpatialReference(nullptr));
    if (OSRSetFromUserInput(srs.get(), text) != OGRERR_NONE)
        return {};
    OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

} // namespace

OgrSpatialReferencePtr spatialReferenceFromUserText(const QString &text, const QString &file,
                                                    const QString &location)
{
    ensureGdalRegistered();
    GdalErrorCollector collector;
    OgrSpatialReferencePtr srs(OSRNewSpatialReference(nullptr));
    const QByteArray utf8 = text.trimmed().toUtf8();
    if (utf8.isEmpty() || OSRSetFromUserInput(srs.get(), utf8.constData()) != OGRERR_NONE) {
        QString message = SpatialReferenceText::tr("The coordinate reference system \"%1\" is not understood")
            .arg(text);
        if (!collector.errors().isEmpty())
            message += QStringLiteral(": ") + collector.errors();
        throw InputError(file, location, message,
                         SpatialReferenceText::tr("give an EPSG code such as \"EPSG:6668\" (JGD2011 latitude/longitude) "
                                                  "or \"EPSG:6670\" (JGD2011 plane rectangular zone II)"));
    }
    OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

OgrSpatialReferencePtr geographicJgd2011()
{
    ensureGdalRegistered();
    OgrSpatialReferencePtr srs(OSRNewSpatialReference(nullptr));
    if (OSRImportFromEPSG(srs.get(), 6668) != OGRERR_NONE)
        throw InputError({}, {}, SpatialReferenceText::tr("EPSG:6668 (JGD2011) is not in the PROJ database"),
                         SpatialReferenceText::tr("install PROJ's data files (proj-data)"));
    OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

QString crsShortName(OGRSpatialReferenceH srs)
{
    if (!srs)
        return {};
    QString code = authorityCode(srs);
    if (!code.isEmpty())
        return code;

    GdalErrorCollector quiet; // identification failures are not errors, just a less helpful name
    OgrSpatialReferencePtr clone(OSRClone(srs));
    if (clone && OSRAutoIdentifyEPSG(clone.get()) == OGRERR_NONE) {
        code = authorityCode(clone.get());
        if (!code.isEmpty())
            return code;
    }

    int count = 0;
    int *confidences = nullptr;
    OGRSpatialReferenceH *matches = OSRFindMatches(srs, nullptr, &count, &confidences);
    if (matches && count > 0 && confidences && confidences[0] >= 90)
        code = authorityCode(matches[0]);
    OSRFreeSRSArray(matches);
    CPLFree(confidences);
    if (!code.isEmpty())
        return code;

    const char *name = OSRGetName(srs);
    return name ? QString::fromUtf8(name) : SpatialReferenceText::tr("unnamed CRS");
}

bool isGeographicJgd2011OrWgs84(OGRSpatialReferenceH srs)
{
    if (!srs || !OSRIsGeographic(srs))
        return false;
    const char *options[] = {"CRITERION=EQUIVALENT_EXCEPT_AXIS_ORDER_GEOGCRS",
                             "IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES", nullptr};
    for (const char *known : {"EPSG:6668", "EPSG:4326"}) {
        const OgrSpatialReferencePtr reference = fromKnownText(known);
        if (reference && OSRIsSameEx(srs, reference.get(), options))
            return true;
    }
    return false;
}

bool dataIsEastingFirst(OGRSpatialReferenceH srs)
{
    int count = 0;
    const int *mapping = OSRGetDataAxisToSRSAxisMapping(srs, &count);
    if (!mapping || count < 2)
        return false;
    const int first = mapping[0];
    if (first <= 0) // a negative axis number means the axis is inverted: not plain easting
        return false;
    OGRAxisOrientation orientation = OAO_Other;
    OSRGetAxis(srs, nullptr, first - 1, &orientation);
    return orientation == OAO_East;
}

OgrCoordinateTransformationPtr transformationToJgd2011(OGRSpatialReferenceH source, const QString &file)
{
    const OgrSpatialReferencePtr target = geographicJgd2011();
    GdalErrorCollector collector;
    OgrCoordinateTransformationPtr transformation(OCTNewCoordinateTransformation(source, target.get()));
    if (!transformation)
        throw InputError(file, {},
                         SpatialReferenceText::tr("There is no transformation from %1 to JGD2011 (EPSG:6668): %2")
                             .arg(crsShortName(source), collector.errors()),
                         SpatialReferenceText::tr("check the coordinate reference system of this data"));
    return transformation;
}

} // namespace madoguchi::gis
