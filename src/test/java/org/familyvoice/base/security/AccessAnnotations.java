package org.familyvoice.base.security;

import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds what the access rules of the house say must not exist, by reading the classes under a package:
 * <ul>
 *   <li>a view (a {@code @Route}, {@code @RouteAlias} or {@code @Layout} class, or an error view) without one of
 *       {@code @PermitAll}, {@code @RolesAllowed}, {@code @AnonymousAllowed}, {@code @DenyAll};</li>
 *   <li>a service (a Spring {@code @Service}, or a {@code @Component} whose name ends in {@code Service}) with a
 *       public method that carries no method-security annotation ({@code @PreAuthorize}, {@code @PostAuthorize},
 *       {@code @Secured}, {@code @RolesAllowed}, on the method or its class);</li>
 *   <li>a guarded method or service that Spring's proxy cannot guard: a final method or a final class (a CGLIB
 *       proxy does not intercept it, so the annotation would be silently ignored).</li>
 * </ul>
 * What is found is returned with the class and method named, so a reviewed list can excuse exactly what was meant.
 * Views open to anyone and methods guarded by {@code permitAll()} are listed separately for review.
 */
final class AccessAnnotations {

    private static final List<Class<? extends Annotation>> VIEW_ACCESS = List.of(PermitAll.class, RolesAllowed.class,
            AnonymousAllowed.class, DenyAll.class);
    private static final List<Class<? extends Annotation>> METHOD_SECURITY = List.of(PreAuthorize.class,
            PostAuthorize.class, Secured.class, RolesAllowed.class);

    private AccessAnnotations() {
    }

    /** Every view class under the package (routes, route aliases, layouts, error views), by name. */
    static List<Class<?>> views(String basePackage) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(RouteAlias.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        return load(scanner, basePackage);
    }

    /** Every service under the package: {@code @Service} classes and {@code @Component}s named like one. */
    static List<Class<?>> services(String basePackage) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        scanner.addIncludeFilter((reader, factory) -> reader.getAnnotationMetadata().hasAnnotation(Component.class.getName())
                && reader.getClassMetadata().getClassName().endsWith("Service"));
        return load(scanner, basePackage);
    }

    /** Views that carry none of the four access annotations, as "Class". */
    static Set<String> viewsWithoutAccessAnnotation(String basePackage) {
        Set<String> found = new TreeSet<>();
        for (Class<?> view : views(basePackage)) {
            if (VIEW_ACCESS.stream().noneMatch(view::isAnnotationPresent)) {
                found.add(view.getSimpleName());
            }
        }
        return found;
    }

    /** Views anyone may open, signed in or not, as "Class". */
    static Set<String> anonymousViews(String basePackage) {
        Set<String> found = new TreeSet<>();
        for (Class<?> view : views(basePackage)) {
            if (view.isAnnotationPresent(AnonymousAllowed.class)) {
                found.add(view.getSimpleName());
            }
        }
        return found;
    }

    /** Public methods of services with no method-security annotation (static ones included), as "Class.method". */
    static Set<String> unguardedServiceMethods(String basePackage) {
        Set<String> found = new TreeSet<>();
        for (Class<?> service : services(basePackage)) {
            for (Method m : publicMethods(service)) {
                if (Modifier.isStatic(m.getModifiers()) || !guarded(service, m)) {
                    found.add(service.getSimpleName() + "." + m.getName());
                }
            }
        }
        return found;
    }

    /** Public service methods whose guard lets anyone in ({@code permitAll()}), as "Class.method". */
    static Set<String> openServiceMethods(String basePackage) {
        Set<String> found = new TreeSet<>();
        for (Class<?> service : services(basePackage)) {
            for (Method m : publicMethods(service)) {
                PreAuthorize pre = m.getAnnotation(PreAuthorize.class);
                if (pre == null) {
                    pre = service.getAnnotation(PreAuthorize.class);
                }
                if (pre != null && pre.value().replace(" ", "").equals("permitAll()")) {
                    found.add(service.getSimpleName() + "." + m.getName());
                }
            }
        }
        return found;
    }

    /** Guards a proxy cannot apply: final guarded methods and final service classes with guarded methods. */
    static Set<String> guardsAProxyCannotApply(String basePackage) {
        Set<String> found = new TreeSet<>();
        for (Class<?> service : services(basePackage)) {
            for (Method m : publicMethods(service)) {
                if (!Modifier.isStatic(m.getModifiers()) && guarded(service, m)
                        && (Modifier.isFinal(m.getModifiers()) || Modifier.isFinal(service.getModifiers()))) {
                    found.add(service.getSimpleName() + "." + m.getName());
                }
            }
        }
        return found;
    }

    private static boolean guarded(Class<?> service, Method m) {
        return METHOD_SECURITY.stream().anyMatch(a -> m.isAnnotationPresent(a) || service.isAnnotationPresent(a));
    }

    /** The public methods the class declares itself (not Object's, not compiler-made bridges). */
    private static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                .sorted(Comparator.comparing(Method::getName))
                .toList();
    }

    private static List<Class<?>> load(ClassPathScanningCandidateComponentProvider scanner, String basePackage) {
        List<Class<?>> classes = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents(basePackage)) {
            classes.add(ClassUtils.resolveClassName(java.util.Objects.requireNonNull(candidate.getBeanClassName()),
                    AccessAnnotations.class.getClassLoader()));
        }
        classes.sort(Comparator.comparing(Class::getName));
        return classes;
    }
}
