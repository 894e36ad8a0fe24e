# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        UsersDialog.resize(640, 520)
        self.main_layout = QVBoxLayout(UsersDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.table = QTableWidget(UsersDialog)
        if (self.table.columnCount() < 5):
            self.table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.main_layout.addWidget(self.table)

        self.row_actions = QHBoxLayout()
        self.row_actions.setObjectName(u"row_actions")
        self.reset_button = QPushButton(UsersDialog)
        self.reset_button.setObjectName(u"reset_button")

        self.row_actions.addWidget(self.reset_button)

        self.active_button = QPushButton(UsersDialog)
        self.active_button.setObjectName(u"active_button")

        self.row_actions.addWidget(self.active_button)

        self.row_actions_end = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.row_actions.addItem(self.row_actions_end)

        self.row_actions.setStretch(2, 1)

        self.main_layout.addLayout(self.row_actions)

        self.add_box = QGroupBox(UsersDialog)
        self.add_box.setObjectName(u"add_box")
        self.add_fields = QFormLayout(self.add_box)
        self.add_fields.setObjectName(u"add_fields")
        self.login_label = QLabel(self.add_box)
        self.login_label.setObjectName(u"login_label")

        self.add_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.login_label)

        self.login = QLineEdit(self.add_box)
        self.login.setObjectName(u"login")

        self.add_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.login)

        self.full_name_label = QLabel(self.add_box)
        self.full_name_label.setObjectName(u"full_name_label")

        self.add_fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name = QLineEdit(self.add_box)
        self.full_name.setObjectName(u"full_name")

        self.add_fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.role_label = QLabel(self.add_box)
        self.role_label.setObjectName(u"role_label")

        self.add_fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role = QComboBox(self.add_box)
        self.role.setObjectName(u"role")

        self.add_fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role)

        self.password_label = QLabel(self.add_box)
        self.password_label.setObjectName(u"password_label")

        self.add_fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(self.add_box)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.add_fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password)

        self.repeat_label = QLabel(self.add_box)
        self.repeat_label.setObjectName(u"repeat_label")

        self.add_fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat = QLineEdit(self.add_box)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.add_fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeat)

        self.add_button = QPushButton(self.add_box)
        self.add_button.setObjectName(u"add_button")

        self.add_fields.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.add_button)


        self.main_layout.addWidget(self.add_box)

        self.message = QLabel(UsersDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.main_layout.addWidget(self.message)

        self.close_buttons = QDialogButtonBox(UsersDialog)
        self.close_buttons.setObjectName(u"close_buttons")
        self.close_buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.close_buttons)

        self.main_layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.login_label.setBuddy(self.login)
        self.full_name_label.setBuddy(self.full_name)
        self.role_label.setBuddy(self.role)
        self.password_label.setBuddy(self.password)
        self.repeat_label.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.table, self.reset_button)
        QWidget.setTabOrder(self.reset_button, self.active_button)
        QWidget.setTabOrder(self.active_button, self.login)
        QWidget.setTabOrder(self.login, self.full_name)
        QWidget.setTabOrder(self.full_name, self.role)
        QWidget.setTabOrder(self.role, self.password)
        QWidget.setTabOrder(self.password, self.repeat)
        QWidget.setTabOrder(self.repeat, self.add_button)

        self.retranslateUi(UsersDialog)

        QMetaObject.connectSlotsByName(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"Kelola pengguna", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("UsersDialog", u"Nama pengguna", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("UsersDialog", u"Nama lengkap", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("UsersDialog", u"Peran", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("UsersDialog", u"Aktif", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("UsersDialog", u"Terkunci sampai", None))
        self.reset_button.setText(QCoreApplication.translate("UsersDialog", u"Atur ulang kata sandi\u2026", None))
        self.active_button.setText(QCoreApplication.translate("UsersDialog", u"Nonaktifkan", None))
        self.add_box.setTitle(QCoreApplication.translate("UsersDialog", u"Tambah pengguna", None))
        self.login_label.setText(QCoreApplication.translate("UsersDialog", u"Nama pengguna", None))
        self.full_name_label.setText(QCoreApplication.translate("UsersDialog", u"Nama lengkap", None))
        self.role_label.setText(QCoreApplication.translate("UsersDialog", u"Peran", None))
        self.password_label.setText(QCoreApplication.translate("UsersDialog", u"Kata sandi (min. 8 karakter)", None))
        self.repeat_label.setText(QCoreApplication.translate("UsersDialog", u"Ulangi kata sandi", None))
        self.add_button.setText(QCoreApplication.translate("UsersDialog", u"Tambah pengguna", None))
    # retranslateUi

