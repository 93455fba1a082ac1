package nl.xlascorecard.sandbox.velocity;

import java.util.List;

/**
 * JDK and host methods that Jira's own global Velocity allowlist lets every template call, so the
 * plugin's allowlist need not list them: basic String, collection, map, number and boolean methods,
 * Velocity's {@code $foreach} helper, and the host's context objects {@code $i18n} and {@code $req}.
 * Everything else a template calls must be in the plugin's {@code <velocity-allowlist>}.
 */
public final class JdkMethods {

    public static final List<String> ALLOWED = List.of(
            "java.lang.Object#toString()",
            "java.lang.Object#equals(java.lang.Object)",

            "java.lang.String#length()",
            "java.lang.String#isEmpty()",
            "java.lang.String#isBlank()",
            "java.lang.String#equals(java.lang.Object)",
            "java.lang.String#equalsIgnoreCase(java.lang.String)",
            "java.lang.String#contains(java.lang.CharSequence)",
            "java.lang.String#startsWith(java.lang.String)",
            "java.lang.String#endsWith(java.lang.String)",
            "java.lang.String#indexOf(java.lang.String)",
            "java.lang.String#substring(int)",
            "java.lang.String#substring(int,int)",
            "java.lang.String#toLowerCase()",
            "java.lang.String#toUpperCase()",
            "java.lang.String#trim()",
            "java.lang.String#replace(java.lang.CharSequence,java.lang.CharSequence)",
            "java.lang.String#charAt(int)",
            "java.lang.String#concat(java.lang.String)",
            "java.lang.String#toString()",

            "java.util.Collection#size()",
            "java.util.Collection#isEmpty()",
            "java.util.Collection#contains(java.lang.Object)",
            "java.util.List#get(int)",
            "java.util.List#size()",
            "java.util.List#isEmpty()",
            "java.util.Iterator#hasNext()",
            "java.util.Iterator#next()",
            "java.util.Map#get(java.lang.Object)",
            "java.util.Map#containsKey(java.lang.Object)",
            "java.util.Map#size()",
            "java.util.Map#isEmpty()",
            "java.util.Map#keySet()",
            "java.util.Map#values()",
            "java.util.Map#entrySet()",
            "java.util.Map$Entry#getKey()",
            "java.util.Map$Entry#getValue()",

            "java.lang.Number#intValue()",
            "java.lang.Number#longValue()",
            "java.lang.Number#doubleValue()",
            "java.lang.Integer#intValue()",
            "java.lang.Integer#toString()",
            "java.lang.Integer#equals(java.lang.Object)",
            "java.lang.Integer#compareTo(java.lang.Integer)",
            "java.lang.Long#longValue()",
            "java.lang.Long#intValue()",
            "java.lang.Long#toString()",
            "java.lang.Long#equals(java.lang.Object)",
            "java.lang.Long#compareTo(java.lang.Long)",
            "java.lang.Boolean#booleanValue()",
            "java.lang.Boolean#toString()",
            "java.lang.Boolean#equals(java.lang.Object)",
            "java.lang.Enum#name()",
            "java.lang.Enum#toString()",
            "java.lang.Enum#equals(java.lang.Object)",

            "org.apache.velocity.runtime.directive.ForeachScope#getIndex()",
            "org.apache.velocity.runtime.directive.ForeachScope#getCount()",
            "org.apache.velocity.runtime.directive.ForeachScope#hasNext()",
            "org.apache.velocity.runtime.directive.ForeachScope#getHasNext()",
            "org.apache.velocity.runtime.directive.ForeachScope#isFirst()",
            "org.apache.velocity.runtime.directive.ForeachScope#getFirst()",
            "org.apache.velocity.runtime.directive.ForeachScope#isLast()",
            "org.apache.velocity.runtime.directive.ForeachScope#getLast()",

            "nl.xlascorecard.sandbox.velocity.TemplateI18n#getText(java.lang.String)",
            "nl.xlascorecard.sandbox.velocity.TemplateI18n#getText(java.lang.String,java.io.Serializable[])",
            "jakarta.servlet.http.HttpServletRequest#getContextPath()");

    private JdkMethods() {
    }
}
