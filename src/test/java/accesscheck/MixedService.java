package accesscheck;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** A service with one method of each kind the check tells apart. */
@Service
public class MixedService {

    @PreAuthorize("hasRole('MANAGER')")
    public String guarded() {
        return "ok";
    }

    public String forgotten() {
        return "anyone";
    }

    @PreAuthorize("permitAll()")
    public String open() {
        return "anyone, on purpose";
    }

    /** Guarded on paper only: a CGLIB proxy does not intercept a final method. */
    @PreAuthorize("hasRole('MANAGER')")
    public final String guardedButFinal() {
        return "anyone, by mistake";
    }

    public static String helper() {
        return "static";
    }

    String packagePrivate() {
        return "not public";
    }
}
