#pragma once

#include <QString>
#include <QStringView>
#include <array>
#include <optional>

// Only generally available products count toward the response guarantees;
// every other category is one of the vendor's exclusions.
enum class ProductCategory : quint8 {
    Ga,
    Alpha,
    Beta,
    LimitedRelease,
    DeveloperPreview,
    Pilot,
    Carrier,
    SpecialistTeam,
    Segment,
};
inline constexpr std::array<ProductCategory, 9> AllProductCategories{ProductCategory::Ga,
                                                                     ProductCategory::Alpha,
                                                                     ProductCategory::Beta,
                                                                     ProductCategory::LimitedRelease,
                                                                     ProductCategory::DeveloperPreview,
                                                                     ProductCategory::Pilot,
                                                                     ProductCategory::Carrier,
                                                                     ProductCategory::SpecialistTeam,
                                                                     ProductCategory::Segment};

inline bool countsTowardGuarantees(ProductCategory category)
{
    return category == ProductCategory::Ga;
}
// "ga", "alpha", "beta", "limited_release", "developer_preview", "pilot",
// "carrier", "specialist_team", "segment".
QString productCategoryCode(ProductCategory category);
std::optional<ProductCategory> parseProductCategory(QStringView text);
const char *productCategoryLabel(ProductCategory category);
