// Enable Sync entered by hand: the cluster, the sync type, the fields of each type, the
// permissions editor, the problems the form reports, and the configuration it asks for.
#include "ConfigStepRow.h"
#include "EnableSyncForm.h"
#include "ObjectNames.h"
#include "Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

class TestEnableSyncForm : public QObject
{
    Q_OBJECT

    template<typename T> static T *child(EnableSyncForm &form, QLatin1String name)
    {
        return form.findChild<T *>(name);
    }

private slots:
    void initTestCase() { Theme::apply(*qApp); }

    // Scrolling the page with the pointer over the form must not change its values: an
    // unfocused combo box passes the wheel to the page, a focused one takes it.
    void theWheelScrollsThePageNotTheForm()
    {
        QScrollArea page;
        page.setWidgetResizable(true);
        auto *form = new EnableSyncForm;
        form->setCluster(QStringLiteral("Cluster0 - (Service: mongodb-atlas)"));
        page.setWidget(form);
        page.resize(700, 200); // the form is taller: the page scrolls
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto *mode = form->findChild<QComboBox *>(ObjectName::syncModePicker);
        QVERIFY(mode->isEnabled());
        QVERIFY(page.verticalScrollBar()->maximum() > 0);
        const int before = mode->currentIndex();
        const auto wheel = [mode](int delta) {
            const QPointF at(mode->width() / 2.0, mode->height() / 2.0);
            QWheelEvent event(at, mode->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(mode, &event);
        };
        QVERIFY(!mode->hasFocus());
        wheel(-120);
        QCOMPARE(mode->currentIndex(), before);
        QVERIFY(page.verticalScrollBar()->value() > 0);

        mode->setFocus();
        QTRY_VERIFY(mode->hasFocus());
        wheel(-120);
        QVERIFY(mode->currentIndex() != before);
    }

    void flexibleSyncByHand()
    {
        EnableSyncForm form;
        form.setCluster(QStringLiteral("Cluster0 - (Service: mongodb-atlas)"));
        form.show();
        auto *enable = child<QPushButton>(form, ObjectName::enableSyncButton);
        auto *clusterStep = child<ConfigStepRow>(form, ObjectName::stepCluster);
        QVERIFY(!enable->isEnabled());
        QVERIFY(!clusterStep->isDone());

        child<QComboBox>(form, ObjectName::clusterPicker)->setCurrentIndex(1);
        QVERIFY(clusterStep->isDone());
        auto *mode = child<QComboBox>(form, ObjectName::syncModePicker);
        QCOMPARE(mode->currentText(), QStringLiteral("Flexible"));
        QVERIFY(child<QLineEdit>(form, ObjectName::queryableFields)->isEnabled());
        QVERIFY(!child<QLineEdit>(form, ObjectName::partitionKey)->isEnabled());
        QVERIFY(!enable->isEnabled()); // no database yet

        QTest::keyClicks(child<QLineEdit>(form, ObjectName::databaseName), QStringLiteral("todo"));
        QTest::keyClicks(child<QLineEdit>(form, ObjectName::queryableFields),
            QStringLiteral("owner_id, team ,"));
        auto *fieldsStep = child<ConfigStepRow>(form, ObjectName::stepFields);
        QVERIFY(fieldsStep->isDone());
        QCOMPARE(fieldsStep->summary(), QStringLiteral("owner_id, team"));
        QVERIFY(enable->isEnabled());

        QSignalSpy requested(&form, &EnableSyncForm::enableRequested);
        QTest::mouseClick(enable, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        const auto config = requested.first().first().value<SyncConfig>();
        QCOMPARE(config.mode, SyncConfig::Mode::Flexible);
        QCOMPARE(config.databaseName(), QStringLiteral("todo"));
        QCOMPARE(config.queryableFields(),
            (QStringList {QStringLiteral("owner_id"), QStringLiteral("team")}));
        QVERIFY(config.block.value(QStringLiteral("permissions")).isObject());
    }

    // Issue 19: the Flexible form showed greyed partition fields, and Enable Sync was pale grey
    // where Atlas's is green.
    void onlyTheChosenTypesFieldsAndAGreenButton()
    {
        EnableSyncForm form;
        form.setCluster(QStringLiteral("Cluster0 - (Service: mongodb-atlas)"));
        form.resize(900, 700);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        child<QComboBox>(form, ObjectName::clusterPicker)->setCurrentIndex(1);
        auto *partitionKey = child<QLineEdit>(form, ObjectName::partitionKey);
        auto *fields = child<QLineEdit>(form, ObjectName::queryableFields);
        QVERIFY(fields->isVisible());
        QVERIFY(!partitionKey->isVisible());
        QVERIFY(!child<QComboBox>(form, ObjectName::partitionType)->isVisible());
        QVERIFY(!child<QCheckBox>(form, ObjectName::partitionRequired)->isVisible());
        child<QComboBox>(form, ObjectName::syncModePicker)->setCurrentIndex(1);
        QVERIFY(partitionKey->isVisible());
        QVERIFY(!fields->isVisible());
        child<QComboBox>(form, ObjectName::syncModePicker)->setCurrentIndex(0);
        QVERIFY(!partitionKey->isVisible());

        QTest::keyClicks(child<QLineEdit>(form, ObjectName::databaseName), QStringLiteral("todo"));
        QTest::keyClicks(fields, QStringLiteral("owner_id"));
        auto *enable = child<QPushButton>(form, ObjectName::enableSyncButton);
        QVERIFY(enable->isEnabled());
        const QImage seen = enable->grab().toImage();
        const QColor inside = seen.pixelColor(6, seen.height() / 2);
        QVERIFY2(inside.green() > inside.red() + 40 && inside.green() > inside.blue() + 40,
            qPrintable(inside.name()));
    }

    void partitionBasedByHandAndBadPermissions()
    {
        EnableSyncForm form;
        form.setCluster(QStringLiteral("Cluster0 - (Service: mongodb-atlas)"));
        form.show();
        child<QComboBox>(form, ObjectName::clusterPicker)->setCurrentIndex(1);
        auto *mode = child<QComboBox>(form, ObjectName::syncModePicker);
        mode->setCurrentIndex(mode->findText(QStringLiteral("Partition Based")));
        QVERIFY(!child<QLineEdit>(form, ObjectName::queryableFields)->isEnabled());
        auto *enable = child<QPushButton>(form, ObjectName::enableSyncButton);
        QVERIFY(!enable->isEnabled()); // no partition key yet

        QTest::keyClicks(
            child<QLineEdit>(form, ObjectName::partitionKey), QStringLiteral("_partition"));
        child<QComboBox>(form, ObjectName::partitionType)
            ->setCurrentText(QStringLiteral("objectId"));
        child<QCheckBox>(form, ObjectName::partitionRequired)->setChecked(true);
        QCOMPARE(child<ConfigStepRow>(form, ObjectName::stepFields)->summary(),
            QStringLiteral("_partition, objectId, required"));
        QVERIFY(enable->isEnabled());

        auto *permissions = child<QPlainTextEdit>(form, ObjectName::permissionsEditor);
        permissions->setPlainText(QStringLiteral("{\"rules\": "));
        QVERIFY(!enable->isEnabled());
        QCOMPARE(child<QLabel>(form, ObjectName::enableProblem)->text(),
            QStringLiteral("The permissions must be a JSON object."));
        permissions->setPlainText(QStringLiteral("[]"));
        QVERIFY(!enable->isEnabled()); // JSON, but not an object

        permissions->setPlainText(QStringLiteral("{\"read\": true, \"write\": true}"));
        QVERIFY(enable->isEnabled());
        QVERIFY(child<QLabel>(form, ObjectName::enableProblem)->text().isEmpty());
        const std::optional<SyncConfig> config = form.config();
        QVERIFY(config);
        QCOMPARE(config->mode, SyncConfig::Mode::PartitionBased);
        QCOMPARE(config->partitionKey(), QStringLiteral("_partition"));
        QCOMPARE(config->partitionType(), QStringLiteral("objectId"));
        QVERIFY(config->partitionRequired());
        QCOMPARE(config->permissions().value(QStringLiteral("read")).toBool(), true);

        form.setBusy(true); // while a change is being written, no second click
        QVERIFY(!enable->isEnabled());
    }
};

QTEST_MAIN(TestEnableSyncForm)
#include "tst_enablesyncform.moc"
