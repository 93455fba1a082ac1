package com.atlassian.mail;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). One e-mail message; setters return the
 * message so calls can be chained. Only what the app uses is declared.
 * Source: https://docs.atlassian.com/atlassian-mail/latest/com/atlassian/mail/Email.html
 */
public class Email {

    private final String to;
    private String subject;
    private String body;
    private String mimeType = "text/plain";
    private String encoding = "UTF-8";

    public Email(String to) {
        this.to = to;
    }

    public Email setSubject(String newSubject) {
        this.subject = newSubject;
        return this;
    }

    public Email setBody(String newBody) {
        this.body = newBody;
        return this;
    }

    /** {@code text/plain} (the default) or {@code text/html}. */
    public Email setMimeType(String newMimeType) {
        this.mimeType = newMimeType;
        return this;
    }

    public Email setEncoding(String newEncoding) {
        this.encoding = newEncoding;
        return this;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getMimeType() {
        return mimeType;
    }

    public String getEncoding() {
        return encoding;
    }
}
