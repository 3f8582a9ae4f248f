package org.guichet.instruction.internal.counter;

import java.util.UUID;
import java.util.regex.Pattern;
import org.guichet.dossier.FilingChannel;
import org.springframework.validation.Errors;

/** What an agent enters to file a démarche for a person: which démarche, how the request came, and who it is for. */
public class CounterForm {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private String procedure = "";
    private String channel = "";
    private String email = "";
    private String givenName = "";
    private String familyName = "";

    /** What the form says, once checked. */
    record Request(UUID procedure, FilingChannel channel, String email, String givenName, String familyName) {

        String contactName() {
            return (givenName + " " + familyName).strip();
        }
    }

    Request validate(Errors errors) {
        UUID procedureId = null;
        try {
            procedureId = UUID.fromString(procedure);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("procedure", "counter.procedure.missing");
        }
        FilingChannel filingChannel = null;
        try {
            filingChannel = FilingChannel.valueOf(channel);
        } catch (IllegalArgumentException e) {
            // Handled below: an unknown value is as good as none.
        }
        if (filingChannel == null || !filingChannel.byAgent()) {
            errors.rejectValue("channel", "counter.channel.missing");
        }
        String address = email.strip();
        if (!address.isEmpty() && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
            errors.rejectValue("email", "counter.email.invalid");
        }
        if (givenName.strip().length() > 100) {
            errors.rejectValue("givenName", "counter.name.tooLong");
        }
        if (familyName.strip().length() > 100) {
            errors.rejectValue("familyName", "counter.name.tooLong");
        }
        return new Request(procedureId, filingChannel, address, givenName.strip(), familyName.strip());
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure == null ? "" : procedure;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel == null ? "" : channel;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName == null ? "" : givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName == null ? "" : familyName;
    }
}
