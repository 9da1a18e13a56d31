package cn.onewindow.contracts;

/** A record that can never be processed, whatever is retried: it belongs in the dead-letter topic. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }
}
