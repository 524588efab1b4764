package vn.bansao.transparency.note;

import java.util.ArrayList;
import java.util.List;

/** Parsing rules of a signed note: text, blank line, signature lines "— name base64". */
final class NoteFormat {

    static final String SIGNATURE_PREFIX = "\u2014 ";
    static final int MAX_NOTE_CHARS = 1 << 20;
    static final int MAX_SIGNATURES = 100;

    record Line(String name, byte[] blob) {
    }

    record Parsed(String text, List<Line> signatures) {
    }

    private NoteFormat() {
    }

    static void checkText(String text) {
        if (text == null || text.isEmpty() || !text.endsWith("\n")) {
            throw new IllegalArgumentException("note text must end with a newline");
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            throw new IllegalArgumentException("note text must not contain control characters");
        }
    }

    static Parsed parse(String note) throws NoteVerificationException {
        if (note == null || note.length() > MAX_NOTE_CHARS) {
            throw new NoteVerificationException("malformed note: missing or too large");
        }
        if (note.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            throw new NoteVerificationException("malformed note: control characters");
        }
        if (!note.endsWith("\n")) {
            throw new NoteVerificationException("malformed note: no final newline");
        }
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw new NoteVerificationException("malformed note: no blank line before the signatures");
        }
        String text = note.substring(0, split + 1);
        String sigs = note.substring(split + 2);
        List<Line> lines = new ArrayList<>();
        for (String line : sigs.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith(SIGNATURE_PREFIX)) {
                throw new NoteVerificationException("malformed signature line");
            }
            String rest = line.substring(SIGNATURE_PREFIX.length());
            int sp = rest.lastIndexOf(' ');
            if (sp <= 0) {
                throw new NoteVerificationException("malformed signature line");
            }
            byte[] blob;
            try {
                blob = java.util.Base64.getDecoder().decode(rest.substring(sp + 1));
            } catch (IllegalArgumentException e) {
                throw new NoteVerificationException("malformed signature (base64)");
            }
            if (blob.length < 5) {
                throw new NoteVerificationException("malformed signature (too short)");
            }
            lines.add(new Line(rest.substring(0, sp), blob));
            if (lines.size() > MAX_SIGNATURES) {
                throw new NoteVerificationException("too many signatures");
            }
        }
        if (lines.isEmpty()) {
            throw new NoteVerificationException("note has no signatures");
        }
        return new Parsed(text, lines);
    }
}
