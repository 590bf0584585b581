package accesscheck;

import org.springframework.stereotype.Component;

/** A component that is not a service: not part of the public API, so not checked. */
@Component
public class Helper {

    public int help() {
        return 1;
    }
}
