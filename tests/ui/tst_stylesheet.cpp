// The style sheet and the roles the views give their widgets agree: every role declared in
// StyleRole.h is styled, and the style sheet styles no role that is not declared (a typo on
// either side would leave a widget unstyled without a word).
#include "StyleRole.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestStyleSheet : public QObject
{
    Q_OBJECT

    static QString styleSheet()
    {
        QFile file(QStringLiteral(":/style/sync-console.qss"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

    static QSet<QString> styledRoles()
    {
        QSet<QString> out;
        static const QRegularExpression selector(QStringLiteral("\\[role=\"([A-Za-z]+)\"\\]"));
        for (const QRegularExpressionMatch &m : selector.globalMatch(styleSheet()))
            out.insert(m.captured(1));
        return out;
    }

    static QSet<QString> declaredRoles()
    {
        QSet<QString> out;
        for (QLatin1String role : StyleRole::all())
            out.insert(role);
        return out;
    }

private slots:
    void theStyleSheetIsThere() { QVERIFY(styleSheet().contains(QLatin1String("role="))); }

    void everyDeclaredRoleIsStyled()
    {
        const QSet<QString> unstyled = declaredRoles() - styledRoles();
        QVERIFY2(unstyled.isEmpty(),
            qPrintable(QStringLiteral("declared but not styled: ") + unstyled.values().join(u' ')));
    }

    void everyStyledRoleIsDeclared()
    {
        const QSet<QString> undeclared = styledRoles() - declaredRoles();
        QVERIFY2(undeclared.isEmpty(),
            qPrintable(
                QStringLiteral("styled but not declared: ") + undeclared.values().join(u' ')));
    }

    void aRoleIsItsName() { QCOMPARE(QString(StyleRole::pageTitle), QStringLiteral("pageTitle")); }
};

QTEST_GUILESS_MAIN(TestStyleSheet)
#include "tst_stylesheet.moc"
