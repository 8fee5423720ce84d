"""An import-linter contract for the rooms of `courses` (#14): a room (sub-package such as
`courses.groups`) may import another room only through that room's public modules: `services`,
`selectors`, `access` and `models`. Everything else in a room (views, forms, urls, tasks, admin
screens, helpers) is the room's own. Used by `lint-imports` (see `[tool.importlinter]` in
pyproject.toml); not imported by the application."""

from importlinter import Contract, ContractCheck, fields, output


class RoomsContract(Contract):
    """Options: `container` (the package holding the rooms) and `public` (the module names a
    sibling room may import)."""

    type_name = "rooms"

    container = fields.StringField()
    public = fields.ListField(subfield=fields.StringField())

    def check(self, graph, verbose: bool) -> ContractCheck:
        container = str(self.container)
        public = {str(name) for name in self.public}
        rooms = {
            child
            for child in graph.find_children(container)
            if graph.find_children(child)  # a sub-package, not a module at the container's root
        }
        broken = []
        for room in sorted(rooms):
            for importer in sorted(graph.find_descendants(room)):
                for imported in sorted(graph.find_modules_directly_imported_by(importer)):
                    other = next((r for r in rooms if imported.startswith(r + ".")), None)
                    if other is None or other == room:
                        continue
                    name = imported[len(other) + 1 :].split(".")[0]
                    if name not in public:
                        broken.append((importer, imported))
        return ContractCheck(kept=not broken, metadata={"broken": broken})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for importer, imported in check.metadata["broken"]:
            output.print_error(f"{importer} -> {imported} (not a public module of that room)")
            output.new_line()
