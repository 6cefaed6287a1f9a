package org.interopserver.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Text in several languages: {@code {"en": "…", "de": "…"}} in JSON, {@code <text lang="en">…</text>} in XML. */
public class I18nText {
    @JsonIgnore
    @XmlElement(name = "text")
    public List<Value> values = new ArrayList<>();

    public static I18nText of(String lang, String text) {
        I18nText i18n = new I18nText();
        i18n.put(lang, text);
        return i18n;
    }

    @JsonAnySetter
    public void put(String lang, String text) {
        values.removeIf(v -> v.lang.equals(lang));
        values.add(new Value(lang, text));
    }

    @JsonAnyGetter
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        values.forEach(v -> map.put(v.lang, v.text));
        return map;
    }

    public static class Value {
        @XmlAttribute
        public String lang;
        @XmlValue
        public String text;

        public Value() {
        }

        public Value(String lang, String text) {
            this.lang = lang;
            this.text = text;
        }
    }
}
