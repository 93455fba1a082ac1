package nl.xlascorecard.plugin.web;

/** Page DTO of {@code message.vm}: a heading, one sentence and a way back. */
public final class MessagePage {

    private final String title;
    private final String message;
    private final String backUrl;
    private final String backText;

    public MessagePage(String title, String message, String backUrl, String backText) {
        this.title = title;
        this.message = message;
        this.backUrl = backUrl;
        this.backText = backText;
    }

    public String getTitle() {
        return title;
    }

    public String getMessage() {
        return message;
    }

    public String getBackUrl() {
        return backUrl;
    }

    public String getBackText() {
        return backText;
    }
}
