package org.guichet.instruction.internal.exports;

import java.util.ArrayList;
import java.util.List;
import org.guichet.dossier.DossierState;
import org.springframework.validation.Errors;

/** What the export page submits: a format, the columns ticked and an optional state. */
class ExportForm {

    /** The states an agent may filter on: drafts are the usager's, never exported. */
    static final List<DossierState> FILTERABLE = List.of(DossierState.EN_CONSTRUCTION, DossierState.EN_INSTRUCTION,
            DossierState.ACCEPTE, DossierState.REFUSE, DossierState.SANS_SUITE);

    private String format;
    private List<String> columns = new ArrayList<>();
    private String state = "";

    /** Every dossier column and question ticked: what an agent most often wants. */
    static ExportForm withAll(ExportColumns available) {
        ExportForm form = new ExportForm();
        form.format = ExportFormat.CSV.name();
        form.columns = new ArrayList<>(available.all().stream().map(ExportColumns.Column::key).toList());
        return form;
    }

    /** A checked request, or null with the errors recorded (field name first, as the summary lists them). */
    Valid validate(Errors errors, ExportColumns available) {
        ExportFormat chosenFormat = null;
        try {
            chosenFormat = format == null ? null : ExportFormat.valueOf(format);
        } catch (IllegalArgumentException unknown) {
            // Reported below, as for a missing choice.
        }
        if (chosenFormat == null) {
            errors.rejectValue("format", "exports.error.format");
        }
        List<String> known = columns.stream().filter(available::knows).distinct().toList();
        if (known.isEmpty()) {
            errors.rejectValue("columns", "exports.error.columns");
        }
        DossierState chosenState = FILTERABLE.stream().filter(s -> s.name().equals(state)).findFirst().orElse(null);
        if (chosenState == null && state != null && !state.isEmpty()) {
            errors.rejectValue("state", "exports.error.state");
        }
        if (errors.hasErrors()) {
            return null;
        }
        List<String> ordered = available.chosen(known).stream().map(ExportColumns.Column::key).toList();
        return new Valid(chosenFormat, ordered, chosenState);
    }

    record Valid(ExportFormat format, List<String> columns, DossierState state) {}

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public List<String> getColumns() {
        return columns;
    }

    public void setColumns(List<String> columns) {
        this.columns = columns == null ? new ArrayList<>() : columns;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
