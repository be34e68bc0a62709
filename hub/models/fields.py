from django import forms
from django.utils.text import capfirst

from modelcluster.contrib.taggit import ClusterTaggableManager


class VocabularyChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.label


class VocabularyTaggableManager(ClusterTaggableManager):
    """Tags from a controlled vocabulary: editors tick terms, they never type new ones.

    The tag model provides ``vocabulary()`` (the terms pages may carry) and ``label``.
    """

    def formfield(self, form_class=None, **kwargs):
        return VocabularyChoiceField(
            queryset=self.related_model.vocabulary(),
            required=not self.blank,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
            widget=kwargs.get("widget") or forms.CheckboxSelectMultiple,
        )
