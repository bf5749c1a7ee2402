from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preview_settings import PreviewSettings
    from ..models.recon_type import ReconType
    from ..models.suggest_settings import SuggestSettings
    from ..models.url_template import UrlTemplate


T = TypeVar("T", bound="Manifest")


@_attrs_define
class Manifest:
    """What a reconciliation client (OpenRefine) reads first, at the service's URL.

    Attributes:
        versions (list[str]): The specification versions this service speaks.
        name (str):
        identifier_space (str): A URI naming the entity identifiers.
        schema_space (str): A URI naming the types and properties.
        view (UrlTemplate):
        preview (PreviewSettings):
        suggest (SuggestSettings):
        default_types (list[ReconType]): The entity kinds.
        documentation (None | str | Unset):
    """

    versions: list[str]
    name: str
    identifier_space: str
    schema_space: str
    view: UrlTemplate
    preview: PreviewSettings
    suggest: SuggestSettings
    default_types: list[ReconType]
    documentation: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        versions = self.versions

        name = self.name

        identifier_space = self.identifier_space

        schema_space = self.schema_space

        view = self.view.to_dict()

        preview = self.preview.to_dict()

        suggest = self.suggest.to_dict()

        default_types = []
        for default_types_item_data in self.default_types:
            default_types_item = default_types_item_data.to_dict()
            default_types.append(default_types_item)

        documentation: None | str | Unset
        if isinstance(self.documentation, Unset):
            documentation = UNSET
        else:
            documentation = self.documentation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "versions": versions,
                "name": name,
                "identifierSpace": identifier_space,
                "schemaSpace": schema_space,
                "view": view,
                "preview": preview,
                "suggest": suggest,
                "defaultTypes": default_types,
            }
        )
        if documentation is not UNSET:
            field_dict["documentation"] = documentation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.preview_settings import PreviewSettings
        from ..models.recon_type import ReconType
        from ..models.suggest_settings import SuggestSettings
        from ..models.url_template import UrlTemplate

        d = dict(src_dict)
        versions = cast(list[str], d.pop("versions"))

        name = d.pop("name")

        identifier_space = d.pop("identifierSpace")

        schema_space = d.pop("schemaSpace")

        view = UrlTemplate.from_dict(d.pop("view"))

        preview = PreviewSettings.from_dict(d.pop("preview"))

        suggest = SuggestSettings.from_dict(d.pop("suggest"))

        default_types = []
        _default_types = d.pop("defaultTypes")
        for default_types_item_data in _default_types:
            default_types_item = ReconType.from_dict(default_types_item_data)

            default_types.append(default_types_item)

        def _parse_documentation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        documentation = _parse_documentation(d.pop("documentation", UNSET))

        manifest = cls(
            versions=versions,
            name=name,
            identifier_space=identifier_space,
            schema_space=schema_space,
            view=view,
            preview=preview,
            suggest=suggest,
            default_types=default_types,
            documentation=documentation,
        )

        manifest.additional_properties = d
        return manifest

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
