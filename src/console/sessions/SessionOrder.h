#pragma once

#include "console/sessions/SessionSlots.h"

#include <QHash>
#include <QString>

#include <vector>

namespace seatwise {

// Which sessions a session table shows, and in what order: slot numbers, filtered (words, inactive
// only) and sorted on one column with a typed comparison, ties broken by slot so the order is
// total. A proxy model sorts a million rows 11-31x slower than this (QT64_NOTES); live changes
// re-place only the slots that moved, in one merge pass, instead of sorting everything again.
class SessionOrder final {
public:
    struct Filter {
        QString text;
        bool inactiveOnly = false;
    };

    void setSort(int column, Qt::SortOrder order);
    int sortColumn() const { return m_column; }
    Qt::SortOrder sortOrder() const { return m_order; }
    void setFilter(Filter filter);
    const Filter& filter() const { return m_filter; }
    // Pool names by id, for sorting and filtering on the pool column; must outlive this object.
    void setPoolNames(const QHash<QString, QString>* names) { m_poolNames = names; }

    bool accepts(const SessionInfo& session) const;
    // Whether a changed session may stand elsewhere in the order, or be shown or hidden anew.
    bool moves(const SessionInfo& before, const SessionInfo& after) const;

    // Every live slot that passes the filter, in order.
    std::vector<int> build(const SessionSlots& slots);
    // Takes `touched` slots out of `order`, then merges back those that are live and pass the filter.
    void replace(std::vector<int>& order, const SessionSlots& slots, const std::vector<int>& touched);

private:
    bool sortsOnText() const;
    QString textKey(const SessionInfo& session) const;
    template <typename Use> void withLess(const SessionSlots& slots, Use&& use) const;
    template <typename Key> static auto lessBy(Key key, bool descending);

    int m_column = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    Filter m_filter;
    const QHash<QString, QString>* m_poolNames = nullptr;
    // For the text columns, each slot's sort text case-folded once (not at every comparison):
    // built by build(), kept up to date for the slots replace() touches.
    std::vector<QString> m_textKeys;
};

} // namespace seatwise
