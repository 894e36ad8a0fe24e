# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

from ikrar_desktop.ui.cases.employee_picker import EmployeePicker

class Ui_CaseDialog(object):
    def setupUi(self, CaseDialog):
        if not CaseDialog.objectName():
            CaseDialog.setObjectName(u"CaseDialog")
        CaseDialog.resize(680, 640)
        self.main_layout = QVBoxLayout(CaseDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.employee_label = QLabel(CaseDialog)
        self.employee_label.setObjectName(u"employee_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.employee_label)

        self.employee = EmployeePicker(CaseDialog)
        self.employee.setObjectName(u"employee")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.employee)

        self.reported_label = QLabel(CaseDialog)
        self.reported_label.setObjectName(u"reported_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reported_label)

        self.reported = QDateEdit(CaseDialog)
        self.reported.setObjectName(u"reported")
        self.reported.setDisplayFormat(u"dd-MM-yyyy")
        self.reported.setCalendarPopup(True)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reported)

        self.source_label = QLabel(CaseDialog)
        self.source_label.setObjectName(u"source_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source = QComboBox(CaseDialog)
        self.source.setObjectName(u"source")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.source)

        self.ref_label = QLabel(CaseDialog)
        self.ref_label.setObjectName(u"ref_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ref_label)

        self.ref = QLineEdit(CaseDialog)
        self.ref.setObjectName(u"ref")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ref)

        self.election_label = QLabel(CaseDialog)
        self.election_label.setObjectName(u"election_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.election_label)

        self.election = QComboBox(CaseDialog)
        self.election.setObjectName(u"election")
        self.election.setEditable(True)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.election)

        self.form_label = QLabel(CaseDialog)
        self.form_label.setObjectName(u"form_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.form_label)

        self.form = QComboBox(CaseDialog)
        self.form.setObjectName(u"form")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.form)

        self.form_other = QLineEdit(CaseDialog)
        self.form_other.setObjectName(u"form_other")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.form_other)

        self.description_label = QLabel(CaseDialog)
        self.description_label.setObjectName(u"description_label")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QPlainTextEdit(CaseDialog)
        self.description.setObjectName(u"description")
        self.description.setMaximumSize(QSize(16777215, 90))
        self.description.setTabChangesFocus(True)

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.description)

        self.files_label = QLabel(CaseDialog)
        self.files_label.setObjectName(u"files_label")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.files_label)

        self.files_row = QHBoxLayout()
        self.files_row.setObjectName(u"files_row")
        self.files = QListWidget(CaseDialog)
        self.files.setObjectName(u"files")
        self.files.setMaximumSize(QSize(16777215, 70))

        self.files_row.addWidget(self.files)

        self.add_file = QPushButton(CaseDialog)
        self.add_file.setObjectName(u"add_file")

        self.files_row.addWidget(self.add_file, 0, Qt.AlignmentFlag.AlignTop)

        self.files_row.setStretch(0, 1)

        self.fields.setLayout(8, QFormLayout.ItemRole.FieldRole, self.files_row)


        self.main_layout.addLayout(self.fields)

        self.message = QLabel(CaseDialog)
        self.message.setObjectName(u"message")
        self.message.setStyleSheet(u"color: #a61b1b; font-weight: 600;")
        self.message.setWordWrap(True)

        self.main_layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(CaseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.employee_label.setBuddy(self.employee)
        self.reported_label.setBuddy(self.reported)
        self.source_label.setBuddy(self.source)
        self.ref_label.setBuddy(self.ref)
        self.election_label.setBuddy(self.election)
        self.form_label.setBuddy(self.form)
        self.description_label.setBuddy(self.description)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reported, self.source)
        QWidget.setTabOrder(self.source, self.ref)
        QWidget.setTabOrder(self.ref, self.election)
        QWidget.setTabOrder(self.election, self.form)
        QWidget.setTabOrder(self.form, self.form_other)
        QWidget.setTabOrder(self.form_other, self.description)
        QWidget.setTabOrder(self.description, self.files)
        QWidget.setTabOrder(self.files, self.add_file)

        self.retranslateUi(CaseDialog)

        QMetaObject.connectSlotsByName(CaseDialog)
    # setupUi

    def retranslateUi(self, CaseDialog):
        CaseDialog.setWindowTitle(QCoreApplication.translate("CaseDialog", u"Laporan pelanggaran netralitas baru", None))
        self.employee_label.setText(QCoreApplication.translate("CaseDialog", u"Pegawai terlapor", None))
        self.reported_label.setText(QCoreApplication.translate("CaseDialog", u"Tanggal laporan", None))
        self.source_label.setText(QCoreApplication.translate("CaseDialog", u"Sumber laporan", None))
        self.ref_label.setText(QCoreApplication.translate("CaseDialog", u"Nomor/referensi", None))
        self.ref.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"nomor aduan SBT/LAPOR!, nomor surat Bawaslu\u2026", None))
        self.election_label.setText(QCoreApplication.translate("CaseDialog", u"Pemilihan", None))
#if QT_CONFIG(tooltip)
        self.election.setToolTip(QCoreApplication.translate("CaseDialog", u"Pilih, atau ketik nama pemilihan lain untuk menambahkannya", None))
#endif // QT_CONFIG(tooltip)
        self.form_label.setText(QCoreApplication.translate("CaseDialog", u"Bentuk pelanggaran", None))
        self.form_other.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"uraikan bentuk pelanggaran 'Lainnya'", None))
        self.description_label.setText(QCoreApplication.translate("CaseDialog", u"Uraian", None))
        self.description.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"Kronologi singkat: apa, kapan, di mana.", None))
        self.files_label.setText(QCoreApplication.translate("CaseDialog", u"Bukti", None))
        self.add_file.setText(QCoreApplication.translate("CaseDialog", u"Tambah berkas bukti\u2026", None))
    # retranslateUi

