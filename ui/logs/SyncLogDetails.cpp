#include "SyncLogDetails.h"
#include "Theme.h"

#include "DisplayTime.h"
#include "ObjectNames.h"
#include "StyleRole.h"
#include "SyncErrors.h"
#include "SyncLogModel.h"
#include "WrappedLabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString when(const QDateTime &t)
{
    return DisplayTime::dateTimeMs(t);
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new WrappedLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

SyncLogDetails::SyncLogDetails(QWidget *parent)
    : QStackedWidget(parent)
{
    setObjectName(ObjectName::syncLogsDetails);
    // A width of its own, not its entry's: the page's splitter keeps every pane at least at its
    // minimum, and one from the content (a long error word, the correlation id on one line)
    // moved the split each time another entry was selected (issue 19, item 7).
    Theme::setMinimumWidth(this, 300);

    auto *none = new WrappedLabel(tr("Select an entry to see it whole."), this);
    StyleRole::apply(none, StyleRole::emptyState);
    none->setAlignment(Qt::AlignCenter);
    none->setWordWrap(true);
    addWidget(none);

    auto *pane = new QFrame(this);
    StyleRole::apply(pane, StyleRole::detailsPane);
    auto *column = new QVBoxLayout(pane);
    column->setContentsMargins(16, 12, 12, 12);
    column->setSpacing(10);
    m_detailsTitle = new WrappedLabel(pane);
    StyleRole::apply(m_detailsTitle, StyleRole::sectionHeading);
    m_detailsTitle->setWordWrap(true);
    column->addWidget(m_detailsTitle);

    m_explanation = new QFrame(pane);
    StyleRole::apply(m_explanation, StyleRole::calloutDanger);
    auto *explanationRow = new QHBoxLayout(m_explanation);
    explanationRow->setContentsMargins(12, 10, 12, 10);
    m_explanationText = new WrappedLabel(m_explanation);
    m_explanationText->setObjectName(ObjectName::syncLogsExplanation);
    m_explanationText->setWordWrap(true);
    m_explanationText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    explanationRow->addWidget(m_explanationText, 1);
    column->addWidget(m_explanation);

    m_fields = new QFormLayout;
    m_fields->setHorizontalSpacing(14);
    m_fields->setVerticalSpacing(6);
    m_fields->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fields->setRowWrapPolicy(QFormLayout::WrapLongRows); // narrow: the caption above
    const auto caption = [pane](const QString &text) {
        auto *label = new QLabel(text, pane);
        StyleRole::apply(label, StyleRole::metricCaption);
        return label;
    };
    m_fields->addRow(
        caption(tr("Started", "log detail: when the request started")), valueLabel(pane));
    m_fields->addRow(
        caption(tr("Completed", "log detail: when the request completed")), valueLabel(pane));
    m_fields->addRow(caption(tr("Type", "kind of log entry")), valueLabel(pane));
    m_fields->addRow(caption(tr("User", "log detail: app user id")), valueLabel(pane));
    m_fields->addRow(caption(tr("Device", "log detail: client device")), valueLabel(pane));
    m_fields->addRow(caption(tr("Remote IP")), valueLabel(pane));
    m_fields->addRow(caption(tr("Error", "log detail: error message")), valueLabel(pane));
    m_fields->addRow(caption(tr("Error code")), valueLabel(pane));
    auto *correlation = new QWidget(pane);
    auto *correlationRow = new QHBoxLayout(correlation);
    correlationRow->setContentsMargins(0, 0, 0, 0);
    QLabel *correlationId = valueLabel(correlation);
    correlationId->setWordWrap(false); // an id, not words: shown whole, on one line
    correlationRow->addWidget(correlationId, 1);
    m_copy = new QPushButton(tr("Copy", "button: copy the log entry"), correlation);
    Theme::setIcon(m_copy, QStringLiteral(":/icons/copy.svg"));
    m_copy->setObjectName(ObjectName::syncLogsCopyCorrelationId);
    m_copy->setProperty("variant", QStringLiteral("small"));
    m_copy->setAccessibleName(tr("Copy the correlation ID"));
    m_copy->setToolTip(tr("Copy the correlation ID, to find the request's other entries"));
    correlationRow->addWidget(m_copy, 0, Qt::AlignTop);
    m_fields->addRow(caption(tr("Correlation ID")), correlation);
    column->addLayout(m_fields);

    m_detailsText = new QPlainTextEdit(pane);
    m_detailsText->setObjectName(ObjectName::syncLogsDetailsText);
    m_detailsText->setReadOnly(true);
    m_detailsText->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_detailsText->setAccessibleName(tr("Messages, sync query and session metrics"));
    column->addWidget(m_detailsText, 1);
    addWidget(pane);
    connect(m_copy, &QPushButton::clicked, this, &SyncLogDetails::copyRequested);
}

void SyncLogDetails::show(const SyncLogEntry *e)
{
    setCurrentIndex(e ? 1 : 0);
    if (!e)
        return;
    m_detailsTitle->setText(tr("%1 \u00b7 %2", "log type \u00b7 time")
                                .arg(SyncLogModel::typeName(*e), when(e->started)));

    const int code = e->protocolErrorCode();
    const SyncErrorInfo error = SyncErrors::of(code, e->errorCode, e->error);
    m_explanation->setVisible(e->isError());
    StyleRole::restyle(
        m_explanation, SyncErrors::isMild(code) ? StyleRole::callout : StyleRole::calloutDanger);
    if (error.isValid()) {
        m_explanationText->setText(
            tr("%1: %2", "heading: explanation")
                .arg(SyncErrors::heading(error), SyncErrors::explanation(error)));
    } else if (code != 0) {
        m_explanationText->setText(tr("Protocol error %1").arg(code));
    } else {
        m_explanationText->setText(
            tr("The server reported an error; the entry's error and messages say more."));
    }

    const auto set = [this](int row, const QString &text) {
        QWidget *field = m_fields->itemAt(row, QFormLayout::FieldRole)->widget();
        auto *label = qobject_cast<QLabel *>(field);
        if (!label)
            label = field->findChild<QLabel *>();
        label->setText(text.isEmpty() ? QStringLiteral("\u2014") : text);
    };
    set(0, when(e->started));
    const qint64 ms = e->started.msecsTo(e->completed);
    set(1,
        e->completed.isValid() && ms >= 0
            ? tr("%1 (%2 ms)", "time (duration)").arg(when(e->completed)).arg(ms)
            : when(e->completed));
    set(2, SyncLogModel::typeName(*e));
    set(3, e->userId);
    const QString sdk = QStringList({e->sdkName, e->sdkVersion}).join(QLatin1Char(' ')).trimmed();
    const QString platform
        = QStringList({e->platform, e->platformVersion}).join(QLatin1Char(' ')).trimmed();
    set(4,
        sdk.isEmpty() || platform.isEmpty() ? sdk + platform
                                            : tr("%1 on %2", "SDK on platform").arg(sdk, platform));
    set(5, e->remoteIpAddress);
    set(6, e->error);
    set(7, e->errorCode);
    set(8, e->coId);
    m_copy->setEnabled(!e->coId.isEmpty());

    QStringList text;
    if (!e->messages.isEmpty()) {
        text << tr("Messages", "log detail section");
        for (const QString &m : e->messages)
            text << QStringLiteral("  ") + m;
    }
    if (!e->syncQuery.isEmpty())
        text << QString() << tr("Sync query") << json(e->syncQuery);
    if (!e->syncSessionMetrics.isEmpty())
        text << QString() << tr("Session metrics") << json(e->syncSessionMetrics);
    if (text.isEmpty())
        text << tr("No messages, sync query or session metrics.");
    else if (text.first().isEmpty())
        text.removeFirst();
    m_detailsText->setPlainText(text.join(QLatin1Char('\n')));
}
