package org.guichet.procedure.internal.studio;

/**
 * What an administrator types about a field: what every field has, and the settings of its type as
 * text (each type uses only some of them; see {@link FieldSettings}).
 */
public class FieldForm {

    private String label = "";
    private String hint = "";
    private boolean required;
    private String text = "";
    private String maxLength = "";
    private String min = "";
    private String max = "";
    private String scale = "";
    private String options = "";
    private String display = "AUTO";
    private String pattern = "";
    private String errorMessage = "";
    private String maxFiles = "";
    private String maxSizeMb = "";
    private String allowedTypes = "";
    private String minRows = "";
    private String maxRows = "";

    // Setters cut what they bind (Texts.BOUND), so a huge value is neither kept nor shown back.
    public String getLabel() { return label; }
    public void setLabel(String v) { label = Texts.bounded(v); }
    public String getHint() { return hint; }
    public void setHint(String v) { hint = Texts.bounded(v); }
    public boolean isRequired() { return required; }
    public void setRequired(boolean v) { required = v; }
    public String getText() { return text; }
    public void setText(String v) { text = Texts.bounded(v); }
    public String getMaxLength() { return maxLength; }
    public void setMaxLength(String v) { maxLength = Texts.bounded(v); }
    public String getMin() { return min; }
    public void setMin(String v) { min = Texts.bounded(v); }
    public String getMax() { return max; }
    public void setMax(String v) { max = Texts.bounded(v); }
    public String getScale() { return scale; }
    public void setScale(String v) { scale = Texts.bounded(v); }
    public String getOptions() { return options; }
    public void setOptions(String v) { options = Texts.bounded(v); }
    public String getDisplay() { return display; }
    public void setDisplay(String v) { display = Texts.bounded(v); }
    public String getPattern() { return pattern; }
    public void setPattern(String v) { pattern = Texts.bounded(v); }
    public String getErrorMessage() { return errorMessage; }
    public void setErrorMessage(String v) { errorMessage = Texts.bounded(v); }
    public String getMaxFiles() { return maxFiles; }
    public void setMaxFiles(String v) { maxFiles = Texts.bounded(v); }
    public String getMaxSizeMb() { return maxSizeMb; }
    public void setMaxSizeMb(String v) { maxSizeMb = Texts.bounded(v); }
    public String getAllowedTypes() { return allowedTypes; }
    public void setAllowedTypes(String v) { allowedTypes = Texts.bounded(v); }
    public String getMinRows() { return minRows; }
    public void setMinRows(String v) { minRows = Texts.bounded(v); }
    public String getMaxRows() { return maxRows; }
    public void setMaxRows(String v) { maxRows = Texts.bounded(v); }
}
