#pragma once

#include <QDateTime>
#include <QFrame>

class QLabel;

// The result of a deployment across the top of the page: green
// "<MM/DD/YYYY HH:MM:SS> Deployment was successful!", or red with the server's words and
// code. × hides it.
class ResultBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultBanner)

public:
    explicit ResultBanner(QWidget *parent = nullptr);

    void showSuccess(const QDateTime &when);
    void showError(const QString &message);
    QString text() const;

private:
    void setKind(const char *kind);

    QLabel *m_text;
};
