package dojo.engine;

/** No Docker engine answered: the message says where the grader looked and how to get one. */
public final class EngineUnavailableException extends RuntimeException {

    public EngineUnavailableException(String message) {
        super(message);
    }
}
