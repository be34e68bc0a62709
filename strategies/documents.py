"""What a document sent with a submission really is, decided from its whole structure.

A submitted file is accepted only if it is one of three kinds, judged by content and
never by its name: a PDF that parses as a PDF and holds no active content (JavaScript,
launch or import actions, embedded files, rich media, XFA forms); a Word document
(.docx) or an OpenDocument text (.odt) whose package has the parts and content types it
must have and no macros, ActiveX controls, OLE objects or remote templates.

Archives are judged from their central directory (number of entries, declared sizes,
compression ratios) before anything is inflated, and every part is then read through
a capped stream, so an archive bomb is refused without being unpacked. XML is parsed
with defusedxml (no DTDs, no entities), PDFs with pypdf under tight decompression limits.
"""

import zipfile
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

import pypdf
from defusedxml.ElementTree import fromstring, iterparse
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

MAX_DOCUMENT_BYTES = 5 * 1024 * 1024

# Archives: what a real document package stays well within.
MAX_ARCHIVE_ENTRIES = 2000
MAX_PART_BYTES = 32 * 1024 * 1024  # one inflated part, e.g. word/document.xml
MAX_INFLATED_BYTES = 64 * 1024 * 1024  # all parts together, as declared
MAX_COMPRESSION_RATIO = 100  # text compresses 5-20 times; bombs a thousand times and more
SMALL_PART_BYTES = 1024 * 1024  # below this, any ratio is harmless
MAX_METADATA_BYTES = 1024 * 1024  # [Content_Types].xml, .rels files, the ODF manifest

# PDFs: limits well above what a report needs, far below what hurts a worker. Walking
# 20,000 objects takes about half a second; the structure tree of a tagged PDF (often
# one object per paragraph, and never an action) is not walked.
MAX_PDF_OBJECTS = 20_000
UNWALKED_PDF_KEYS = {"/Parent", "/StructTreeRoot"}
PDF_LIMITS = {
    "zlib_maximum_output_length": 16 * 1024 * 1024,
    "lzw_maximum_output_length": 16 * 1024 * 1024,
    "run_length_maximum_output_length": 16 * 1024 * 1024,
    "array_based_stream_maximum_output_length": 16 * 1024 * 1024,
    "maximum_declared_stream_length": 16 * 1024 * 1024,
    "stream_decoding_work_maximum_length": 64 * 1024 * 1024,
    "page_tree_maximum_entries": 20_000,
    "page_tree_maximum_page_entries": 200_000,
}
# Actions a viewer would run or follow into other files and programs.
ACTIVE_PDF_ACTIONS = {
    "/JavaScript",
    "/Launch",
    "/ImportData",
    "/SubmitForm",
    "/GoToE",
    "/RichMediaExecute",
}
# Keys that hold scripts, embedded files, rich media or XFA forms.
ACTIVE_PDF_KEYS = {"/JS", "/JavaScript", "/EmbeddedFiles", "/EF", "/RichMedia", "/XFA", "/AA"}
ACTIVE_PDF_SUBTYPES = {"/FileAttachment", "/RichMedia", "/Movie", "/Sound", "/Screen", "/3D"}

WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
OFFICE_DOCUMENT_RELATION = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)
WORD_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CONTENT_TYPES_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
RELATIONSHIPS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# Relations that fetch or run something from outside the document when it is opened.
REMOTE_RELATIONS = ("/attachedTemplate", "/oleObject", "/frame", "/subDocument", "/package")
ACTIVE_OOXML = ("vbaproject", "macroenabled", "activex", "oleobject", "vnd.ms-office.vba")

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
ODF_OFFICE_NS = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
ODF_MANIFEST_NS = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
ACTIVE_ODF_FOLDERS = ("Basic/", "Scripts/")
ACTIVE_ODF_TYPES = ("script", "basic", "oleobject", "application/binary")


@dataclass(frozen=True)
class DocumentKind:
    extension: str
    content_type: str


KINDS = {
    "pdf": DocumentKind("pdf", "application/pdf"),
    "docx": DocumentKind(
        "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    ),
    "odt": DocumentKind("odt", "application/vnd.oasis.opendocument.text"),
}


def wrong_type():
    return ValidationError(
        _("Please upload a PDF, Word (.docx) or OpenDocument (.odt) document."), code="type"
    )


def active_content():
    return ValidationError(
        _(
            "This document contains scripts, macros, embedded files or links that run "
            "when it is opened. Please save it again as a plain PDF, .docx or .odt file, "
            "or send your strategy without it."
        ),
        code="active",
    )


def too_complex():
    return ValidationError(
        _(
            "This document is damaged or too complex for us to check safely. Please save "
            "it again as a PDF, .docx or .odt file, or send your strategy without it."
        ),
        code="complex",
    )


def too_large():
    return ValidationError(_("The document is larger than 5 MB."), code="size")


def encrypted():
    return ValidationError(
        _("The document is protected by a password. Please send it without one."),
        code="encrypted",
    )


def inspect_document(upload):
    """Return the ``DocumentKind`` of an uploaded file, or raise ``ValidationError``."""
    if upload.size > MAX_DOCUMENT_BYTES:
        raise too_large()
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    try:
        if head.startswith(b"%PDF-"):
            check_pdf(upload)
            return KINDS["pdf"]
        if head.startswith(b"PK\x03\x04"):
            return KINDS[check_package(upload)]
    finally:
        upload.seek(0)
    raise wrong_type()


# PDF


def check_pdf(upload):
    with pypdf.apply_configuration(**PDF_LIMITS):
        try:
            reader = pypdf.PdfReader(upload, strict=False)
            if reader.is_encrypted:
                raise encrypted()
            root = reader.trailer["/Root"].get_object()
            if not isinstance(root, DictionaryObject) or len(reader.pages) < 1:
                raise wrong_type()
            check_pdf_objects(root)
        except ValidationError:
            raise
        except (RecursionError, MemoryError, OverflowError) as error:
            raise too_complex() from error
        except Exception as error:  # noqa: BLE001 - whatever a hostile file makes pypdf raise
            raise wrong_type() from error


def check_pdf_objects(root):
    """Walk every object a viewer can reach from the catalogue, looking for active content."""
    seen = set()
    stack = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            if item.idnum in seen:
                continue
            seen.add(item.idnum)
            if len(seen) > MAX_PDF_OBJECTS:
                raise too_complex()
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            if ACTIVE_PDF_KEYS.intersection(item.keys()):
                raise active_content()
            if item.get("/S") in ACTIVE_PDF_ACTIONS or item.get("/Subtype") in (
                ACTIVE_PDF_SUBTYPES
            ):
                raise active_content()
            if item.get("/Type") == "/Filespec" and "/EF" in item:
                raise active_content()
            stack.extend(value for key, value in item.items() if key not in UNWALKED_PDF_KEYS)
        elif isinstance(item, ArrayObject):
            stack.extend(item)


# Word and OpenDocument packages


def check_package(upload):
    try:
        with zipfile.ZipFile(upload) as archive:
            entries = archive.infolist()
            check_directory(entries)
            names = {entry.filename for entry in entries}
            if "[Content_Types].xml" in names:
                check_docx(archive, names)
                return "docx"
            if entries[0].filename == "mimetype":
                check_odt(archive, entries, names)
                return "odt"
    except ValidationError:
        raise
    except (RecursionError, MemoryError) as error:
        raise too_complex() from error
    except Exception as error:  # noqa: BLE001 - bad archives, corrupt streams, bad XML
        raise wrong_type() from error
    raise wrong_type()


def check_directory(entries):
    """Judge the archive from its central directory alone, before inflating anything."""
    if not entries or len(entries) > MAX_ARCHIVE_ENTRIES:
        raise too_complex()
    declared = 0
    for entry in entries:
        if entry.flag_bits & 0x1:
            raise encrypted()
        if entry.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise too_complex()
        if entry.file_size > MAX_PART_BYTES:
            raise too_complex()
        if entry.file_size > SMALL_PART_BYTES and entry.file_size > MAX_COMPRESSION_RATIO * max(
            entry.compress_size, 1
        ):
            raise too_complex()
        declared += entry.file_size
    if declared > MAX_INFLATED_BYTES:
        raise too_complex()


def read_part(archive, name, limit=MAX_METADATA_BYTES):
    """A part's bytes, never more than ``limit`` inflated (and never more than declared)."""
    with archive.open(name) as part:
        data = part.read(limit + 1)
    if len(data) > limit:
        raise too_complex()
    return data


def parse_xml(data):
    return fromstring(data, forbid_dtd=True)


def check_xml_root(archive, name, expected_tag):
    """Parse a large part as a stream: it must be well-formed XML with the expected root."""
    with archive.open(name) as part:
        events = iterparse(part, events=("start", "end"), forbid_dtd=True)
        _event, root = next(events)
        if root.tag != expected_tag:
            raise wrong_type()
        for event, element in events:
            if event == "end":
                element.clear()


def check_docx(archive, names):
    types = parse_xml(read_part(archive, "[Content_Types].xml"))
    content_types = [
        (element.get("PartName", element.get("Extension", "")), element.get("ContentType", ""))
        for element in types
        if element.tag in (f"{CONTENT_TYPES_NS}Override", f"{CONTENT_TYPES_NS}Default")
    ]
    lowered = [name.lower() for name in names] + [t.lower() for _n, t in content_types]
    if any(marker in text for text in lowered for marker in ACTIVE_OOXML):
        raise active_content()

    relations = parse_xml(read_part(archive, "_rels/.rels"))
    targets = [
        rel.get("Target", "").lstrip("/")
        for rel in relations
        if rel.get("Type") == OFFICE_DOCUMENT_RELATION
    ]
    if len(targets) != 1 or targets[0] not in names:
        raise wrong_type()
    main = targets[0]
    if (f"/{main}", WORD_MAIN) not in content_types:
        raise wrong_type()

    for name in names:
        if name.endswith(".rels"):
            for rel in parse_xml(read_part(archive, name)):
                if rel.get("TargetMode") == "External" and rel.get("Type", "").endswith(
                    REMOTE_RELATIONS
                ):
                    raise active_content()
    check_xml_root(archive, main, f"{WORD_NS}document")


def check_odt(archive, entries, names):
    first = entries[0]
    if first.compress_type != zipfile.ZIP_STORED or read_part(archive, "mimetype", 100) != (
        ODT_MIMETYPE
    ):
        raise wrong_type()
    if any(name.startswith(ACTIVE_ODF_FOLDERS) for name in names):
        raise active_content()
    manifest = parse_xml(read_part(archive, "META-INF/manifest.xml"))
    declared = {
        entry.get(f"{ODF_MANIFEST_NS}full-path"): entry.get(f"{ODF_MANIFEST_NS}media-type", "")
        for entry in manifest
    }
    if declared.get("/") != ODT_MIMETYPE.decode():
        raise wrong_type()
    if any(marker in media.lower() for media in declared.values() for marker in ACTIVE_ODF_TYPES):
        raise active_content()
    check_xml_root(archive, "content.xml", f"{ODF_OFFICE_NS}document-content")
