// SPDX-License-Identifier: MIT
#pragma once

#include "store/storeerror.h"
#include "store/storelocation.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QActionGroup;
class QMenu;

namespace webcare::store {
class StoreService;
}

namespace webcare::ui {

class CaseView;
class InboxModel;
class Translations;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(store::StoreService *store, Translations *translations, QWidget *parent = nullptr);

    // Opens the store on its thread; when it is empty and loadDemo is set, loads the bundled demo feed first.
    void openStore(const store::StoreLocation &location, bool loadDemo);
    void setTrainingMode(bool training);

    InboxModel *inboxModel() const { return m_model; }
    QTableView *inboxView() const { return m_inbox; }
    CaseView *caseView() const { return m_caseView; }

signals:
    // The first page of the inbox is on screen.
    void inboxReady();
    // The store could not be opened: the message names the location and what to do.
    void storeFailed(const webcare::store::StoreError &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void retranslate();
    void sizeColumns();
    void applyFilter();
    void onStoreOpened(bool loadDemo);
    void onCurrentRowChanged();
    void updateCount();

    store::StoreService *m_store;
    Translations *m_translations;
    InboxModel *m_model;
    QTableView *m_inbox = nullptr;
    CaseView *m_caseView = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QComboBox *m_channelFilter = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_trainingBanner = nullptr;
    QTimer *m_searchDelay = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_focusSearchAction = nullptr;
    bool m_training = false;
    bool m_announcedReady = false;
    quint64 m_countRequest = 0;
};

} // namespace webcare::ui
