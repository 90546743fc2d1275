// A labelled filter: "All" or one of the options. Shared by the Annotations panel and the Notes view.
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  value: string;
  options: readonly { id: string; name: string }[];
  onChange: (value: string) => void;
}

export function FilterSelect({ label, value, options, onChange }: Props) {
  const { t } = useTranslation('highlights');
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('filter.all')}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </label>
  );
}
