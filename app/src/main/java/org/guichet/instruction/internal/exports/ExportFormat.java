package org.guichet.instruction.internal.exports;

/** The file formats an agent may export dossiers to, with what browsers need to save them. */
enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ODS("ods", "application/vnd.oasis.opendocument.spreadsheet");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    String extension() {
        return extension;
    }

    String mediaType() {
        return mediaType;
    }

    SheetWriter open(java.io.OutputStream out) {
        return switch (this) {
            case CSV -> new CsvSheetWriter(out);
            case XLSX -> new XlsxSheetWriter(out);
            case ODS -> new OdsSheetWriter(out);
        };
    }
}
