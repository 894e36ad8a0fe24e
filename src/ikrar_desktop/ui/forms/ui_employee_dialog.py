# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'employee_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_EmployeeDialog(object):
    def setupUi(self, EmployeeDialog):
        if not EmployeeDialog.objectName():
            EmployeeDialog.setObjectName(u"EmployeeDialog")
        EmployeeDialog.setMinimumSize(QSize(560, 0))
        self.main_layout = QVBoxLayout(EmployeeDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.gelar_depan_label = QLabel(EmployeeDialog)
        self.gelar_depan_label.setObjectName(u"gelar_depan_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.gelar_depan_label)

        self.gelar_depan = QLineEdit(EmployeeDialog)
        self.gelar_depan.setObjectName(u"gelar_depan")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.gelar_depan)

        self.nama_label = QLabel(EmployeeDialog)
        self.nama_label.setObjectName(u"nama_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nama_label)

        self.nama = QLineEdit(EmployeeDialog)
        self.nama.setObjectName(u"nama")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nama)

        self.gelar_belakang_label = QLabel(EmployeeDialog)
        self.gelar_belakang_label.setObjectName(u"gelar_belakang_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gelar_belakang_label)

        self.gelar_belakang = QLineEdit(EmployeeDialog)
        self.gelar_belakang.setObjectName(u"gelar_belakang")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.gelar_belakang)

        self.status_label = QLabel(EmployeeDialog)
        self.status_label.setObjectName(u"status_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = QComboBox(EmployeeDialog)
        self.status.setObjectName(u"status")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.status)

        self.nip_label = QLabel(EmployeeDialog)
        self.nip_label.setObjectName(u"nip_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nip_label)

        self.nip = QLineEdit(EmployeeDialog)
        self.nip.setObjectName(u"nip")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nip)

        self.nip_info = QLabel(EmployeeDialog)
        self.nip_info.setObjectName(u"nip_info")
        self.nip_info.setWordWrap(True)

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.nip_info)

        self.nik_label = QLabel(EmployeeDialog)
        self.nik_label.setObjectName(u"nik_label")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.nik_label)

        self.nik = QLineEdit(EmployeeDialog)
        self.nik.setObjectName(u"nik")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nik)

        self.golongan_label = QLabel(EmployeeDialog)
        self.golongan_label.setObjectName(u"golongan_label")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.golongan_label)

        self.golongan = QComboBox(EmployeeDialog)
        self.golongan.setObjectName(u"golongan")
        self.golongan.setEditable(True)

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.golongan)

        self.jabatan_label = QLabel(EmployeeDialog)
        self.jabatan_label.setObjectName(u"jabatan_label")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.jabatan_label)

        self.jabatan = QLineEdit(EmployeeDialog)
        self.jabatan.setObjectName(u"jabatan")

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.jabatan)

        self.jenis_jabatan_label = QLabel(EmployeeDialog)
        self.jenis_jabatan_label.setObjectName(u"jenis_jabatan_label")

        self.fields.setWidget(9, QFormLayout.ItemRole.LabelRole, self.jenis_jabatan_label)

        self.jenis_jabatan = QComboBox(EmployeeDialog)
        self.jenis_jabatan.setObjectName(u"jenis_jabatan")

        self.fields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.jenis_jabatan)

        self.unit_label = QLabel(EmployeeDialog)
        self.unit_label.setObjectName(u"unit_label")

        self.fields.setWidget(10, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit = QComboBox(EmployeeDialog)
        self.unit.setObjectName(u"unit")
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.fields.setWidget(10, QFormLayout.ItemRole.FieldRole, self.unit)


        self.main_layout.addLayout(self.fields)

        self.message = QLabel(EmployeeDialog)
        self.message.setObjectName(u"message")
        self.message.setStyleSheet(u"color: #b00020; font-weight: 600;")
        self.message.setWordWrap(True)

        self.main_layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(EmployeeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.gelar_depan_label.setBuddy(self.gelar_depan)
        self.nama_label.setBuddy(self.nama)
        self.gelar_belakang_label.setBuddy(self.gelar_belakang)
        self.status_label.setBuddy(self.status)
        self.nip_label.setBuddy(self.nip)
        self.nik_label.setBuddy(self.nik)
        self.golongan_label.setBuddy(self.golongan)
        self.jabatan_label.setBuddy(self.jabatan)
        self.jenis_jabatan_label.setBuddy(self.jenis_jabatan)
        self.unit_label.setBuddy(self.unit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.gelar_depan, self.nama)
        QWidget.setTabOrder(self.nama, self.gelar_belakang)
        QWidget.setTabOrder(self.gelar_belakang, self.status)
        QWidget.setTabOrder(self.status, self.nip)
        QWidget.setTabOrder(self.nip, self.nik)
        QWidget.setTabOrder(self.nik, self.golongan)
        QWidget.setTabOrder(self.golongan, self.jabatan)
        QWidget.setTabOrder(self.jabatan, self.jenis_jabatan)
        QWidget.setTabOrder(self.jenis_jabatan, self.unit)

        self.retranslateUi(EmployeeDialog)

        QMetaObject.connectSlotsByName(EmployeeDialog)
    # setupUi

    def retranslateUi(self, EmployeeDialog):
        EmployeeDialog.setWindowTitle(QCoreApplication.translate("EmployeeDialog", u"Tambah Pegawai", None))
        self.gelar_depan_label.setText(QCoreApplication.translate("EmployeeDialog", u"Gelar depan", None))
        self.gelar_depan.setPlaceholderText(QCoreApplication.translate("EmployeeDialog", u"mis. Dr. H.", None))
        self.nama_label.setText(QCoreApplication.translate("EmployeeDialog", u"Nama *", None))
        self.nama.setPlaceholderText(QCoreApplication.translate("EmployeeDialog", u"nama tanpa gelar", None))
        self.gelar_belakang_label.setText(QCoreApplication.translate("EmployeeDialog", u"Gelar belakang", None))
        self.gelar_belakang.setPlaceholderText(QCoreApplication.translate("EmployeeDialog", u"mis. S.Pd., M.Si.", None))
        self.status_label.setText(QCoreApplication.translate("EmployeeDialog", u"Status *", None))
        self.nip_label.setText(QCoreApplication.translate("EmployeeDialog", u"NIP", None))
        self.nip.setPlaceholderText(QCoreApplication.translate("EmployeeDialog", u"18 digit, boleh dengan spasi", None))
        self.nik_label.setText(QCoreApplication.translate("EmployeeDialog", u"NIK", None))
        self.nik.setPlaceholderText(QCoreApplication.translate("EmployeeDialog", u"16 digit (untuk Non-ASN)", None))
        self.golongan_label.setText(QCoreApplication.translate("EmployeeDialog", u"Golongan", None))
        self.jabatan_label.setText(QCoreApplication.translate("EmployeeDialog", u"Jabatan", None))
        self.jenis_jabatan_label.setText(QCoreApplication.translate("EmployeeDialog", u"Jenis jabatan", None))
        self.unit_label.setText(QCoreApplication.translate("EmployeeDialog", u"Unit kerja", None))
    # retranslateUi

