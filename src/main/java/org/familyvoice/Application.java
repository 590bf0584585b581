package org.familyvoice;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * Family Voice: the portal where families are heard by children's services. Server push (WebSocket from the server,
 * ordinary requests from the browser, so every request still passes Spring Security's filters and CSRF checks; long
 * polling where a WebSocket cannot be opened) lets open pages show changes at once: see
 * {@link org.familyvoice.base.live.LiveUpdates}.
 */
@SpringBootApplication
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** The one source of time: tests replace it to move the clock. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
