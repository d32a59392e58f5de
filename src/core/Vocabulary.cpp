#include "Vocabulary.h"

#include <array>
#include <utility>

namespace seatwise {
namespace {

template <typename E, std::size_t N> using Names = std::array<std::pair<E, const char16_t*>, N>;

constexpr Names<PoolKind, 4> kPoolKinds{{{PoolKind::Standard, u"standard"},
                                         {PoolKind::Admin, u"admin"},
                                         {PoolKind::Base, u"base"},
                                         {PoolKind::Addon, u"addon"}}};
constexpr Names<PoolModel, 2> kPoolModels{{{PoolModel::Concurrent, u"concurrent"}, {PoolModel::Named, u"named"}}};
constexpr Names<LoginPolicy, 2> kLoginPolicies{
    {{LoginPolicy::SingleLocation, u"single_location"}, {LoginPolicy::PerDevice, u"per_device"}}};
constexpr Names<Role, 3> kRoles{{{Role::Agent, u"agent"}, {Role::Manager, u"manager"}, {Role::Owner, u"owner"}}};
constexpr Names<SessionMode, 3> kModes{{{SessionMode::Standard, u"standard"},
                                        {SessionMode::Admin, u"admin"},
                                        {SessionMode::LimitedAdmin, u"limited_admin"}}};
constexpr Names<SessionState, 6> kStates{{{SessionState::Active, u"active"},
                                          {SessionState::Inactive, u"inactive"},
                                          {SessionState::Standby, u"standby"},
                                          {SessionState::Paused, u"paused"},
                                          {SessionState::Terminating, u"terminating"},
                                          {SessionState::Ended, u"ended"}}};
constexpr Names<EndReason, 6> kReasons{{{EndReason::Logout, u"logout"},
                                        {EndReason::Forced, u"forced"},
                                        {EndReason::SignedOutInactive, u"signed_out_inactive"},
                                        {EndReason::Purged, u"purged"},
                                        {EndReason::Superseded, u"superseded"},
                                        {EndReason::Expired, u"expired"}}};
constexpr Names<ViewScope, 2> kViewScopes{{{ViewScope::Own, u"own"}, {ViewScope::Domain, u"domain"}}};
constexpr Names<ControlScope, 3> kControlScopes{
    {{ControlScope::None, u"none"}, {ControlScope::Own, u"own"}, {ControlScope::Domain, u"domain"}}};

constexpr Names<LicenseStatus, 3> kLicenseStatuses{{{LicenseStatus::Available, u"available"},
                                                    {LicenseStatus::Assigned, u"assigned"},
                                                    {LicenseStatus::Terminated, u"terminated"}}};
constexpr Names<BaseType, 4> kBaseTypes{{{BaseType::PhoneSystem, u"phone_system"},
                                         {BaseType::CallGroup, u"call_group"},
                                         {BaseType::AutoAttendant, u"auto_attendant"},
                                         {BaseType::Developer, u"developer"}}};
constexpr Names<OrderStatus, 3> kOrderStatuses{{{OrderStatus::Pending, u"pending"},
                                                {OrderStatus::Effective, u"effective"},
                                                {OrderStatus::Cancelled, u"cancelled"}}};

template <typename E, std::size_t N> QString nameOf(const Names<E, N>& names, E value)
{
    for (const auto& [v, name] : names)
        if (v == value)
            return QString::fromUtf16(name);
    return {};
}

template <typename E, std::size_t N> std::optional<E> valueOf(const Names<E, N>& names, const QString& text)
{
    for (const auto& [v, name] : names)
        if (text == QStringView(name))
            return v;
    return std::nullopt;
}

} // namespace

QString toWire(PoolKind v)
{
    return nameOf(kPoolKinds, v);
}
QString toWire(PoolModel v)
{
    return nameOf(kPoolModels, v);
}
QString toWire(LoginPolicy v)
{
    return nameOf(kLoginPolicies, v);
}
QString toWire(Role v)
{
    return nameOf(kRoles, v);
}
QString toWire(SessionMode v)
{
    return nameOf(kModes, v);
}
QString toWire(SessionState v)
{
    return nameOf(kStates, v);
}
QString toWire(EndReason v)
{
    return nameOf(kReasons, v);
}
QString toWire(ViewScope v)
{
    return nameOf(kViewScopes, v);
}
QString toWire(ControlScope v)
{
    return nameOf(kControlScopes, v);
}
QString toWire(LicenseStatus v)
{
    return nameOf(kLicenseStatuses, v);
}
QString toWire(BaseType v)
{
    return nameOf(kBaseTypes, v);
}
QString toWire(OrderStatus v)
{
    return nameOf(kOrderStatuses, v);
}

template <> std::optional<PoolKind> parseWire(const QString& t)
{
    return valueOf(kPoolKinds, t);
}
template <> std::optional<PoolModel> parseWire(const QString& t)
{
    return valueOf(kPoolModels, t);
}
template <> std::optional<LoginPolicy> parseWire(const QString& t)
{
    return valueOf(kLoginPolicies, t);
}
template <> std::optional<Role> parseWire(const QString& t)
{
    return valueOf(kRoles, t);
}
template <> std::optional<SessionMode> parseWire(const QString& t)
{
    return valueOf(kModes, t);
}
template <> std::optional<SessionState> parseWire(const QString& t)
{
    return valueOf(kStates, t);
}
template <> std::optional<EndReason> parseWire(const QString& t)
{
    return valueOf(kReasons, t);
}
template <> std::optional<ViewScope> parseWire(const QString& t)
{
    return valueOf(kViewScopes, t);
}
template <> std::optional<ControlScope> parseWire(const QString& t)
{
    return valueOf(kControlScopes, t);
}
template <> std::optional<LicenseStatus> parseWire(const QString& t)
{
    return valueOf(kLicenseStatuses, t);
}
template <> std::optional<BaseType> parseWire(const QString& t)
{
    return valueOf(kBaseTypes, t);
}
template <> std::optional<OrderStatus> parseWire(const QString& t)
{
    return valueOf(kOrderStatuses, t);
}

} // namespace seatwise
