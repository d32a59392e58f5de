#pragma once

#include <QString>
#include <optional>

namespace seatwise {

enum class PoolKind { Standard, Admin, Base, Addon };
enum class PoolModel { Concurrent, Named };
enum class LoginPolicy { SingleLocation, PerDevice };
enum class Role { Agent, Manager, Owner };
enum class SessionMode { Standard, Admin, LimitedAdmin };
enum class SessionState { Active, Inactive, Standby, Paused, Terminating, Ended };
enum class EndReason { Logout, Forced, SignedOutInactive, Purged, Superseded, Expired };
enum class ViewScope { Own, Domain };
enum class ControlScope { None, Own, Domain };
enum class LicenseStatus { Available, Assigned, Terminated };
enum class BaseType { PhoneSystem, CallGroup, AutoAttendant, Developer };
enum class OrderStatus { Pending, Effective, Cancelled };

// Wire names ("single_location", "limited_admin", ...) both ways; parse returns nullopt for unknown words.
QString toWire(PoolKind v);
QString toWire(PoolModel v);
QString toWire(LoginPolicy v);
QString toWire(Role v);
QString toWire(SessionMode v);
QString toWire(SessionState v);
QString toWire(EndReason v);
QString toWire(ViewScope v);
QString toWire(ControlScope v);
QString toWire(LicenseStatus v);
QString toWire(BaseType v);
QString toWire(OrderStatus v);

template <typename E> std::optional<E> parseWire(const QString& text);

} // namespace seatwise
