package accesscheck;

import org.springframework.stereotype.Component;

/** A component named like a service: checked like one. */
@Component
public class ReportService {

    public byte[] export() {
        return new byte[0];
    }
}
