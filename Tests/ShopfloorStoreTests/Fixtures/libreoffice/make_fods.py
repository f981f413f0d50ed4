import sys
from xml.sax.saxutils import escape
def cell(v):
    if v is None or v == "":
        return '<table:table-cell/>'
    if isinstance(v, (int, float)):
        return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
    if isinstance(v, tuple) and v[0] == 'time':
        h, m = v[1], v[2]
        return f'<table:table-cell office:value-type="time" office:time-value="PT{h:02d}H{m:02d}M00S"><text:p>{h:02d}:{m:02d}:00</text:p></table:table-cell>'
    paras = ''.join(f'<text:p>{escape(line)}</text:p>' for line in str(v).split('\n'))
    return f'<table:table-cell office:value-type="string">{paras}</table:table-cell>'
def sheet(name, rows):
    out = f'<table:table table:name="{escape(name)}">'
    for r in rows:
        out += '<table:table-row>' + ''.join(cell(v) for v in r) + '</table:table-row>'
    return out + '</table:table>'
def doc(sheets):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet>'
      + ''.join(sheet(n, r) for n, r in sheets) + '</office:spreadsheet></office:body></office:document>\n')
good = [
 ("İşyerleri", [["Kimlik", "Adı", "Tür", "Sektör", "İşveren", "Çalışan Sayısı", "İlçe", "Sendika"],
   ["kazan-metal", "Kazan Metal Fabrikası", "fabrika", "metal", "Kazan Holding A.Ş.", 850, "Dilovası", "yellow"],
   ["ege-tekstil", "Ege Tekstil; Atölye 2", "factory", "textile", "Ege A.Ş.", 120, "Gebze", "none"]]),
 ("Bölümler", [["İşyeri", "Kimlik", "Adı", "Çalışan Sayısı"],
   ["kazan-metal", "km-dokum", "Döküm", 300], ["kazan-metal", "km-kaynak", "Kaynak", 250], ["ege-tekstil", "et-dikim", "Dikimhane", 90]]),
 ("Vardiyalar", [["İşyeri", "Kimlik", "Adı", "Başlangıç", "Bitiş", "Günler"],
   ["kazan-metal", "km-sabah", "Sabah", ("time", 7, 0), ("time", 15, 0), "pzt, sal, çar, per, cum"],
   ["kazan-metal", "km-gece", "Gece", ("time", 23, 0), ("time", 7, 0), "pzt, sal, çar, per, cum, cmt"],
   ["ege-tekstil", "et-tek", "Tek vardiya", ("time", 8, 30), ("time", 18, 0), ""]]),
 ("Kişiler", [["Kimlik", "Ad Soyad", "Bölüm", "Vardiya", "Siyasi Eğilim", "DEĞERLENDİRME", "Sendikalı", "Telefon", "Notlar"],
   ["gul-a", "Gül Aydın", "km-dokum", "km-sabah", "sympathizer", 2, "evet", "0555 000 00 00", "Çay ocağında tanıştık.\nİkinci görüşme: olumlu; \"gel\" dedi"],
   ["ismail-k", "İsmail Koç", "km-dokum", "km-gece", "reformist", 3, "hayır", "", ""],
   ["sule-y", "Şule Yıldız", "km-kaynak", "km-sabah", "non-party", 1, "evet", "", "lider, herkes sayıyor"],
   ["irfan-c", "Irmak Çınar", "et-dikim", "et-tek", "", 0, "", "", ""],
   ["oguz-t", "Oğuz Tan", "km-kaynak", "km-gece", "social democrat", 4, "hayır", "", ""]]),
 ("İlişkiler", [["Kişi 1", "Kişi 2", "İlişki", "Yakınlık"],
   ["gul-a", "ismail-k", "relative", 3], ["gul-a", "sule-y", "coworker", 2], ["sule-y", "oguz-t", "hemşehri", 1]]),
]
bad = [
 ("Kişiler", [["Kimlik", "Ad Soyad", "Bölüm", "Vardiya", "Siyasi Eğilim", "Değerlendirme"],
   ["gul-a", "Gül Aydın", "km-dokum", "km-sabah", "sempatizan", 7],
   ["Ayşe Kaya", "Ayşe Kaya", "km-dokum", "", "", 2],
   ["", "İsimsiz", "", "", "", ""],
   ["veli-k", "Veli Kurt", "km-boya", "", "komunist", 2],
   ["nur-e", "Nur Er", "km-kaynak", "km-sabah", "", "iki"]]),
]
# The Turkish Excel words for affiliation that the Vocabulary does not know are mapped below by aliases in the model,
open('kazan.fods', 'w').write(doc(good))
open('hatali-kisiler.fods', 'w').write(doc(bad))
