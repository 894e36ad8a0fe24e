# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        self.layout = QVBoxLayout(SettingsPage)
        self.layout.setObjectName(u"layout")
        self.pageTitle = QLabel(SettingsPage)
        self.pageTitle.setObjectName(u"pageTitle")

        self.layout.addWidget(self.pageTitle)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.instansi_label = QLabel(SettingsPage)
        self.instansi_label.setObjectName(u"instansi_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.instansi_label)

        self.instansi = QLineEdit(SettingsPage)
        self.instansi.setObjectName(u"instansi")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.instansi)

        self.unit_name_label = QLabel(SettingsPage)
        self.unit_name_label.setObjectName(u"unit_name_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unit_name_label)

        self.unit_name = QLineEdit(SettingsPage)
        self.unit_name.setObjectName(u"unit_name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unit_name)

        self.address_label = QLabel(SettingsPage)
        self.address_label.setObjectName(u"address_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QPlainTextEdit(SettingsPage)
        self.address.setObjectName(u"address")
        self.address.setMinimumSize(QSize(0, 80))
        self.address.setMaximumSize(QSize(16777215, 80))
        self.address.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address)

        self.logo_label = QLabel(SettingsPage)
        self.logo_label.setObjectName(u"logo_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.logo_label)

        self.logo_row = QHBoxLayout()
        self.logo_row.setObjectName(u"logo_row")
        self.logo_preview = QLabel(SettingsPage)
        self.logo_preview.setObjectName(u"logo_preview")
        self.logo_preview.setMinimumSize(QSize(96, 96))
        self.logo_preview.setMaximumSize(QSize(96, 96))
        self.logo_preview.setStyleSheet(u"border: 1px solid #ccc;")
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.logo_row.addWidget(self.logo_preview)

        self.chooseLogo = QPushButton(SettingsPage)
        self.chooseLogo.setObjectName(u"chooseLogo")

        self.logo_row.addWidget(self.chooseLogo)

        self.removeLogo = QPushButton(SettingsPage)
        self.removeLogo.setObjectName(u"removeLogo")

        self.logo_row.addWidget(self.removeLogo)

        self.logo_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logo_row.addItem(self.logo_stretch)

        self.logo_row.setStretch(3, 1)

        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.logo_row)

        self.place_label = QLabel(SettingsPage)
        self.place_label.setObjectName(u"place_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place = QLineEdit(SettingsPage)
        self.place.setObjectName(u"place")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.place)

        self.paper_label = QLabel(SettingsPage)
        self.paper_label.setObjectName(u"paper_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.paper_label)

        self.paper = QComboBox(SettingsPage)
        self.paper.setObjectName(u"paper")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.paper)

        self.zone_label = QLabel(SettingsPage)
        self.zone_label.setObjectName(u"zone_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.zone_label)

        self.zoneChoice = QComboBox(SettingsPage)
        self.zoneChoice.setObjectName(u"zoneChoice")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.zoneChoice)

        self.leader_name_label = QLabel(SettingsPage)
        self.leader_name_label.setObjectName(u"leader_name_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.leader_name_label)

        self.leader_name = QLineEdit(SettingsPage)
        self.leader_name.setObjectName(u"leader_name")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.leader_name)

        self.leader_jabatan_label = QLabel(SettingsPage)
        self.leader_jabatan_label.setObjectName(u"leader_jabatan_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.leader_jabatan_label)

        self.leader_jabatan = QLineEdit(SettingsPage)
        self.leader_jabatan.setObjectName(u"leader_jabatan")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.leader_jabatan)

        self.leader_nip_label = QLabel(SettingsPage)
        self.leader_nip_label.setObjectName(u"leader_nip_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.leader_nip_label)

        self.leader_nip = QLineEdit(SettingsPage)
        self.leader_nip.setObjectName(u"leader_nip")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.leader_nip)

        self.leader_pangkat_label = QLabel(SettingsPage)
        self.leader_pangkat_label.setObjectName(u"leader_pangkat_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.leader_pangkat_label)

        self.leader_pangkat = QLineEdit(SettingsPage)
        self.leader_pangkat.setObjectName(u"leader_pangkat")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.leader_pangkat)


        self.layout.addLayout(self.form)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.save_button = QPushButton(SettingsPage)
        self.save_button.setObjectName(u"save_button")

        self.bottom.addWidget(self.save_button)

        self.settingsStatus = QLabel(SettingsPage)
        self.settingsStatus.setObjectName(u"settingsStatus")

        self.bottom.addWidget(self.settingsStatus)

        self.bottom.setStretch(1, 1)

        self.layout.addLayout(self.bottom)

        self.page_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.page_stretch)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.instansi_label.setBuddy(self.instansi)
        self.unit_name_label.setBuddy(self.unit_name)
        self.address_label.setBuddy(self.address)
        self.place_label.setBuddy(self.place)
        self.paper_label.setBuddy(self.paper)
        self.zone_label.setBuddy(self.zoneChoice)
        self.leader_name_label.setBuddy(self.leader_name)
        self.leader_jabatan_label.setBuddy(self.leader_jabatan)
        self.leader_nip_label.setBuddy(self.leader_nip)
        self.leader_pangkat_label.setBuddy(self.leader_pangkat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.instansi, self.unit_name)
        QWidget.setTabOrder(self.unit_name, self.address)
        QWidget.setTabOrder(self.address, self.chooseLogo)
        QWidget.setTabOrder(self.chooseLogo, self.removeLogo)
        QWidget.setTabOrder(self.removeLogo, self.place)
        QWidget.setTabOrder(self.place, self.paper)
        QWidget.setTabOrder(self.paper, self.zoneChoice)
        QWidget.setTabOrder(self.zoneChoice, self.leader_name)
        QWidget.setTabOrder(self.leader_name, self.leader_jabatan)
        QWidget.setTabOrder(self.leader_jabatan, self.leader_nip)
        QWidget.setTabOrder(self.leader_nip, self.leader_pangkat)
        QWidget.setTabOrder(self.leader_pangkat, self.save_button)

        self.retranslateUi(SettingsPage)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.pageTitle.setText(QCoreApplication.translate("SettingsPage", u"Pengaturan", None))
        self.instansi_label.setText(QCoreApplication.translate("SettingsPage", u"Instansi (baris pertama kop) *", None))
        self.instansi.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"Pemerintah Kabupaten \u2026", None))
        self.unit_name_label.setText(QCoreApplication.translate("SettingsPage", u"Nama unit/OPD penyelenggara", None))
        self.unit_name.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"mis. Badan Kepegawaian dan Pengembangan SDM", None))
        self.address_label.setText(QCoreApplication.translate("SettingsPage", u"Alamat (baris kop)", None))
        self.address.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"Alamat, telepon, laman \u2014 satu baris per baris kop", None))
        self.logo_label.setText(QCoreApplication.translate("SettingsPage", u"Logo daerah", None))
        self.logo_preview.setText(QCoreApplication.translate("SettingsPage", u"(belum ada logo)", None))
        self.chooseLogo.setText(QCoreApplication.translate("SettingsPage", u"Pilih gambar\u2026", None))
        self.removeLogo.setText(QCoreApplication.translate("SettingsPage", u"Hapus logo", None))
        self.place_label.setText(QCoreApplication.translate("SettingsPage", u"Nama tempat untuk tanggal", None))
        self.place.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"mis. Cibinong (untuk 'Cibinong, 18 September 2023')", None))
        self.paper_label.setText(QCoreApplication.translate("SettingsPage", u"Ukuran kertas bawaan", None))
        self.zone_label.setText(QCoreApplication.translate("SettingsPage", u"Zona waktu (di belakang jam)", None))
        self.leader_name_label.setText(QCoreApplication.translate("SettingsPage", u"Pimpinan daerah: nama", None))
        self.leader_name.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"nama Bupati / Pj. Bupati / penanda tangan a.n.", None))
        self.leader_jabatan_label.setText(QCoreApplication.translate("SettingsPage", u"Pimpinan daerah: jabatan", None))
        self.leader_jabatan.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"mis. Bupati Contoh \u00b7 Pj. Bupati Contoh \u00b7 a.n. Bupati Contoh, Asisten Pemerintahan", None))
        self.leader_nip_label.setText(QCoreApplication.translate("SettingsPage", u"NIP (a.n. Bupati)", None))
        self.leader_nip.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"hanya untuk penanda tangan a.n. Bupati", None))
        self.leader_pangkat_label.setText(QCoreApplication.translate("SettingsPage", u"Pangkat (a.n. Bupati)", None))
        self.leader_pangkat.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"mis. Pembina Utama Muda, IV/c (a.n. Bupati)", None))
        self.save_button.setText(QCoreApplication.translate("SettingsPage", u"Simpan pengaturan", None))
        pass
    # retranslateUi

